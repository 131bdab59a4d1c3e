import { beforeEach, describe, expect, it } from 'vitest';
import {
  finishAssessment,
  moveDraftToEdition,
  reopenAssessment,
  startAssessment,
} from '../../src/storage/assessments';
import { createClub, deleteClub } from '../../src/storage/clubs';
import { addEdition } from '../../src/storage/editions';
import {
  countParticipant,
  endRound,
  findEdition,
  getRoundOf,
  openRound,
} from '../../src/storage/rounds';
import type { AmpelbogenDb } from '../../src/storage/db';
import type { OpenRound } from '../../src/domain/round';
import { makeEdition } from '../fixtures/editions';
import { databaseAt, dump, freshDatabase, seedAt, uniqueName } from './helpers';

// A round's single answers stay in its row while it is open; each counted
// answer writes the assessment's spread at once; the same participant counts
// once; ending the round keeps the counts and drops the single answers.

const edition = makeEdition({ areas: [['a-01', 'a-02'], ['b-01']] });
let db: AmpelbogenDb;
let assessmentId: string;

const round = (over: Partial<OpenRound> = {}): OpenRound => ({
  id: '0a0b0c0d',
  assessmentId,
  criterionIds: ['a-01', 'a-02'],
  startedAt: '2026-11-27T18:00:00.000Z',
  participants: {},
  ...over,
});

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  const clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  assessmentId = (await startAssessment({ clubId, date: '2026-11-27', edition })).id;
});

const spreadOfAssessment = async () => (await db.assessments.get(assessmentId))?.spread;

describe('a round on the moderator’s phone', () => {
  it('counts each participant once and keeps the spread with the assessment at once', async () => {
    await openRound(round());
    expect(await countParticipant('0a0b0c0d', 'p0000001', ['green', 'red'])).toEqual({
      people: 1,
      again: false,
    });
    await countParticipant('0a0b0c0d', 'p0000002', ['yellow', null]);
    expect(await spreadOfAssessment()).toEqual({
      'a-01': { green: 1, yellow: 1, red: 0, na: 0 },
      'a-02': { green: 0, yellow: 0, red: 1, na: 0 },
    });
    // The first person scanned again, having changed their mind: replaced, not added.
    expect(await countParticipant('0a0b0c0d', 'p0000001', ['green', 'green'])).toEqual({
      people: 2,
      again: true,
    });
    expect(await spreadOfAssessment()).toEqual({
      'a-01': { green: 1, yellow: 1, red: 0, na: 0 },
      'a-02': { green: 1, yellow: 0, red: 0, na: 0 },
    });
  });

  it('drops the single answers when the round ends, and keeps the counts through finishing', async () => {
    await openRound(round());
    await countParticipant('0a0b0c0d', 'p0000001', ['green', 'red']);
    await endRound('0a0b0c0d');
    expect(await getRoundOf(assessmentId)).toBeUndefined();
    expect(await db.rounds.count()).toBe(0);
    await finishAssessment(assessmentId);
    await reopenAssessment(assessmentId);
    expect(await spreadOfAssessment()).toEqual({
      'a-01': { green: 1, yellow: 0, red: 0, na: 0 },
      'a-02': { green: 0, yellow: 0, red: 1, na: 0 },
    });
  });

  it('a later round over a statement replaces its counts; others stay', async () => {
    await openRound(round());
    await countParticipant('0a0b0c0d', 'p0000001', ['green', 'red']);
    await openRound(round({ id: '11111111', criterionIds: ['a-02', 'b-01'] }));
    expect(await db.rounds.count()).toBe(1);
    await countParticipant('11111111', 'p0000009', ['yellow', 'na']);
    expect(await spreadOfAssessment()).toEqual({
      'a-01': { green: 1, yellow: 0, red: 0, na: 0 },
      'a-02': { green: 0, yellow: 1, red: 0, na: 0 },
      'b-01': { green: 0, yellow: 0, red: 0, na: 1 },
    });
  });

  it('refuses a round on a finished assessment and answers of the wrong length, writing nothing', async () => {
    await openRound(round());
    const before = await dump(db);
    await expect(countParticipant('0a0b0c0d', 'p1', ['green'])).rejects.toThrow();
    await expect(countParticipant('ffffffff', 'p1', ['green', 'red'])).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
    await endRound('0a0b0c0d');
    await finishAssessment(assessmentId);
    await expect(openRound(round())).rejects.toThrow();
    expect(await db.rounds.count()).toBe(0);
  });

  it('goes with its club, and ends when the draft moves to another edition', async () => {
    await openRound(round());
    await countParticipant('0a0b0c0d', 'p0000001', ['green', 'red']);
    const next = makeEdition({ version: 2, areas: [['a-01', 'c-01']] });
    await addEdition(next);
    await moveDraftToEdition(assessmentId, next);
    expect(await db.rounds.count()).toBe(0);
    expect(await spreadOfAssessment()).toEqual({ 'a-01': { green: 1, yellow: 0, red: 0, na: 0 } });
    await openRound(round({ criterionIds: ['a-01'] }));
    const clubId = (await db.assessments.get(assessmentId))?.clubId as string;
    await deleteClub(clubId);
    expect(await db.rounds.count()).toBe(0);
  });
});

describe('finding the edition of a round to join', () => {
  it('finds a stored one and a shipped one, and says when the phone has neither', async () => {
    expect((await findEdition(edition.id, edition.version))?.id).toBe(edition.id);
    expect((await findEdition('ni-ampelbogen', 1))?.version).toBe(1);
    expect(await findEdition('ni-ampelbogen', 99)).toBeUndefined();
  });
});

describe('upgrade of a v5 database to v6', () => {
  it('keeps every row and adds an empty store of rounds', async () => {
    const name = uniqueName('v5');
    const rows = {
      clubs: [{ id: 'c1', name: 'TV', createdAt: 'x', updatedAt: 'x' }],
      assessments: [
        { id: 'a1', clubId: 'c1', date: '2026-01-01', status: 'draft', updatedAt: 'x' },
      ],
    };
    await seedAt(name, 5, rows);
    const upgraded = databaseAt(name, 6);
    await upgraded.open();
    expect(upgraded.verno).toBe(6);
    for (const [table, list] of Object.entries(rows))
      expect(await upgraded.table(table).toArray()).toEqual(list);
    expect(await upgraded.table('rounds').where('assessmentId').equals('a1').count()).toBe(0);
    upgraded.close();
  });
});
