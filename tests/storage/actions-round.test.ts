import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  answerCodeOf,
  countCode,
  countCodeFile,
  countPassedPhone,
  endRound,
  joinCodeOf,
  readJoinCode,
  readRound,
  shareAnswerCode,
  startRound,
  type OpenRound,
} from '../../src/actions/round';
import { finishAssessment, startAssessment } from '../../src/storage/assessments';
import { createClub } from '../../src/storage/clubs';
import { addEdition } from '../../src/storage/editions';
import type { AmpelbogenDb } from '../../src/storage/db';
import { encodeChecked } from '../../src/files/crockford';
import { makeEdition } from '../fixtures/editions';
import { catchHandovers } from './actions-helpers';
import { dump, freshDatabase } from './helpers';

// The round's use cases on both kinds of phone: the moderator's, which starts
// a round and counts codes, and a participant's, which reads the join code
// against the editions it has. Every refused code leaves the data as it was.

const edition = makeEdition({
  id: 'runde-test',
  areas: [
    ['a-01', 'a-02'],
    ['b-01', 'b-02'],
  ],
});
let db: AmpelbogenDb;
let assessmentId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  const clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  assessmentId = (await startAssessment({ clubId, date: '2026-11-27', edition })).id;
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

async function started(ids = ['b-02', 'a-01']): Promise<OpenRound> {
  const outcome = await startRound(assessmentId, ids);
  if (!outcome.ok) throw new Error('round did not start');
  return outcome.value;
}

describe('the moderator’s phone', () => {
  it('starts a round over the chosen statements in the edition’s order', async () => {
    const round = await started();
    expect(round.criterionIds).toEqual(['a-01', 'b-02']);
    expect(round.id).toMatch(/^[0-9a-f]{8}$/);
    expect(await readRound(assessmentId)).toEqual(round);
  });

  it('counts a participant’s code once, however often it comes', async () => {
    const round = await started();
    const joined = await readJoinCode(joinCodeOf(round, edition));
    if (!joined.ok) throw new Error('join refused');
    const code = answerCodeOf(joined.value.join, 'c0ffee00', ['green', 'red']);
    expect(await countCode(round, code)).toEqual({ ok: true, value: { people: 1, again: false } });
    expect(await countCode(round, code.toLowerCase())).toEqual({
      ok: true,
      value: { people: 1, again: true },
    });
    const file = new Blob([`${code}\n`], { type: 'text/plain' });
    expect(await countCodeFile(round, file)).toEqual({
      ok: true,
      value: { people: 1, again: true },
    });
    expect(await countPassedPhone(round, ['yellow', null])).toEqual({
      ok: true,
      value: { people: 2, again: false },
    });
    expect((await db.assessments.get(assessmentId))?.spread).toEqual({
      'a-01': { green: 1, yellow: 1, red: 0, na: 0 },
      'b-02': { green: 0, yellow: 0, red: 1, na: 0 },
    });
  });

  it('refuses the join code, another round’s code, a damaged code and a code after the end, counting nothing', async () => {
    const round = await started();
    const other = answerCodeOf(
      { round: 'ffffffff', edition: { id: edition.id, version: 1 }, criteria: 4, selected: [0, 3] },
      'c0ffee00',
      ['green', 'red'],
    );
    const before = await dump(db);
    expect(await countCode(round, joinCodeOf(round, edition))).toEqual({
      ok: false,
      error: { code: 'join-code' },
    });
    expect(await countCode(round, other)).toEqual({ ok: false, error: { code: 'other-round' } });
    const mine = answerCodeOf(
      { round: round.id, edition: { id: edition.id, version: 1 }, criteria: 4, selected: [0, 3] },
      'c0ffee00',
      ['green', 'red'],
    );
    expect(await countCode(round, mine.slice(0, -3))).toMatchObject({
      ok: false,
      error: { code: 'refused', refusal: { format: 'ampelbogen-runde' } },
    });
    // A code of this round with more lights than it has statements.
    const longer = answerCodeOf(
      { round: round.id, edition: { id: edition.id, version: 1 }, criteria: 4, selected: [0] },
      'c0ffee00',
      ['green', 'red', 'red'],
    );
    expect(await countCode(round, longer)).toMatchObject({
      ok: false,
      error: { code: 'refused', refusal: { problem: { code: 'damaged' } } },
    });
    expect(await dump(db)).toEqual(before);
    expect(await endRound(round)).toEqual({ ok: true, value: undefined });
    expect(await countCode(round, mine)).toEqual({ ok: false, error: { code: 'no-round' } });
  });

  it('starts no round on a finished assessment', async () => {
    await finishAssessment(assessmentId);
    const outcome = await startRound(assessmentId, ['a-01']);
    expect(outcome.ok).toBe(false);
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('a participant’s phone', () => {
  it('reads a join code against its editions and makes an answer code the moderator counts', async () => {
    const round = await started(['a-02', 'b-01']);
    const joined = await readJoinCode(joinCodeOf(round, edition));
    expect(joined).toMatchObject({ ok: true, value: { criterionIds: ['a-02', 'b-01'] } });
  });

  it('names an edition it does not have, and one it has with other statements', async () => {
    const round = await started();
    const missing = { ...edition, id: 'andere-ausgabe' };
    expect(await readJoinCode(joinCodeOf(round, missing))).toEqual({
      ok: false,
      error: { code: 'edition-missing', edition: { id: 'andere-ausgabe', version: 1 } },
    });
    const bigger = makeEdition({
      id: 'runde-test',
      areas: [
        ['a-01', 'a-02', 'a-03'],
        ['b-01', 'b-02'],
      ],
    });
    expect(await readJoinCode(joinCodeOf(round, bigger))).toEqual({
      ok: false,
      error: { code: 'edition-differs', edition: { id: 'runde-test', version: 1 } },
    });
  });

  it('refuses an answer code, another app’s payload and a mistyped join code', async () => {
    const round = await started();
    const answer = answerCodeOf(
      { round: round.id, edition: { id: edition.id, version: 1 }, criteria: 4, selected: [0, 3] },
      'c0ffee00',
      ['green', null],
    );
    expect(await readJoinCode(answer)).toEqual({ ok: false, error: { code: 'answer-code' } });
    expect(await readJoinCode(encodeChecked(Uint8Array.from([1, 2, 3, 4, 5])))).toMatchObject({
      ok: false,
      error: { refusal: { problem: { code: 'wrong-format' } } },
    });
    expect(await readJoinCode('https://example.org/')).toMatchObject({
      ok: false,
      error: { refusal: { problem: { code: 'bad-characters' } } },
    });
  });

  it('hands the answer code over as a small text file', async () => {
    const handed = catchHandovers();
    const outcome = await shareAnswerCode('NC93Z6GC2YS42ZMG003G0NTMXBJG3', 'Runde');
    expect(outcome).toEqual({ ok: true, value: 'downloaded' });
    expect(handed[0]?.name).toBe('runde-nc93z6gc.txt');
    expect(await handed[0]?.blob.text()).toBe('NC93Z6GC2YS42ZMG003G0NTMXBJG3');
  });
});
