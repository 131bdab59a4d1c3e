import { beforeEach, describe, expect, it } from 'vitest';
import {
  finishAssessment,
  moveToEdition,
  readStart,
  reopenAssessment,
  saveAnswer,
  saveStep,
  setStepDone,
  startAssessment,
} from '../../src/actions/assessment';
import {
  countClubAssessments,
  createClub,
  deleteClub,
  readClubPage,
  updateClub,
} from '../../src/actions/clubs';
import { AmpelbogenDb, setDatabase } from '../../src/storage/db';
import { addEdition } from '../../src/storage/editions';
import { makeEdition } from '../fixtures/editions';
import { browserError, dump, freshDatabase, injectWriteFailures, readAnswers } from './helpers';

// The use cases of assessments and clubs return outcomes: the value, or the
// storage problem as a code, with the database as it was. They never throw for
// a failure a user can meet.

const edition = makeEdition({ areas: [['a-01', 'a-02']] });
const fields = { name: 'Chor Gravenbruch', category: 'kultur', sizeBand: 'bis-20' } as const;
let db: AmpelbogenDb;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
});

/** A database whose writes can be made to fail like a full disk. */
async function fullDiskDatabase() {
  db = new AmpelbogenDb(`actions-${Math.random().toString(36).slice(2)}`);
  const disk = injectWriteFailures(db);
  setDatabase(db);
  await addEdition(edition);
  return disk;
}

async function newClub() {
  const created = await createClub(fields);
  if (!created.ok) throw new Error('the club was not created');
  return created.value;
}

async function newDraft(clubId: string, fromAssessmentId?: string) {
  const started = await startAssessment({
    clubId,
    date: '2026-11-20',
    edition,
    ...(fromAssessmentId ? { fromAssessmentId } : {}),
  });
  if (!started.ok) throw new Error(`not started: ${started.error}`);
  return started.value;
}

describe('assessment use cases', () => {
  it('start from the last finished assessment: its lights come along', async () => {
    const club = await newClub();
    const first = await newDraft(club.id);
    expect(
      await saveAnswer({ assessmentId: first.id, criterionId: 'a-01', rating: 'red' }),
    ).toEqual({ ok: true, value: undefined });
    expect(await finishAssessment(first.id)).toEqual({ ok: true, value: undefined });

    const start = await readStart(club.id);
    expect(start?.latest?.id).toBe(first.id);
    expect(start?.edition.id).toBe(edition.id);
    const second = await newDraft(club.id, first.id);
    expect((await readAnswers(second.id)).map((a) => [a.criterionId, a.rating])).toEqual([
      ['a-01', 'red'],
    ]);
  });

  it('refuse to start for a club that is gone, and write nothing', async () => {
    const before = await dump(db);
    const started = await startAssessment({ clubId: 'gone', date: '2026-11-20', edition });
    expect(started).toEqual({ ok: false, error: 'write-failed' });
    expect(await dump(db)).toEqual(before);
  });

  it('name an edition that is no longer on the device', async () => {
    const club = await newClub();
    const other = makeEdition({ id: 'other', areas: [['x-01']] });
    const started = await startAssessment({ clubId: club.id, date: '2026-11-20', edition: other });
    expect(started).toEqual({ ok: false, error: 'edition-missing' });
  });

  it('reopen a finished assessment as a draft, and refuse to move a finished one', async () => {
    const club = await newClub();
    const draft = await newDraft(club.id);
    await finishAssessment(draft.id);
    const next = makeEdition({ version: 2, areas: [['a-01', 'a-03']] });
    await addEdition(next);
    expect(await moveToEdition(draft.id, next)).toEqual({ ok: false, error: 'write-failed' });
    expect(await reopenAssessment(draft.id)).toEqual({ ok: true, value: undefined });
    const moved = await moveToEdition(draft.id, next);
    expect(moved.ok).toBe(true);
    expect((await db.assessments.get(draft.id))?.editionVersion).toBe(2);
  });

  it('return a full disk as "quota", keep nothing half-written, and save once there is space', async () => {
    const disk = await fullDiskDatabase();
    const club = await newClub();
    const draft = await newDraft(club.id);
    await saveStep({ assessmentId: draft.id, criterionId: 'a-01', text: 'Flyer' });
    const [step] = await db.measures.toArray();
    if (!step) throw new Error('no step stored');
    const before = await dump(db);

    disk.fail(() => browserError('QuotaExceededError'));
    const change = { assessmentId: draft.id, criterionId: 'a-02', rating: 'green' } as const;
    expect(await saveAnswer(change)).toEqual({ ok: false, error: 'quota' });
    expect(await saveStep({ assessmentId: draft.id, criterionId: 'a-02', text: 'x' })).toEqual({
      ok: false,
      error: 'quota',
    });
    expect(await setStepDone(step.id, true)).toEqual({ ok: false, error: 'quota' });
    expect(await finishAssessment(draft.id)).toEqual({ ok: false, error: 'quota' });
    expect(await dump(db)).toEqual(before);

    disk.heal();
    expect(await saveAnswer(change)).toEqual({ ok: true, value: undefined });
    expect((await readAnswers(draft.id)).map((a) => a.rating)).toEqual(['green']);
  });
});

describe('club use cases', () => {
  it('create, change, count and delete a club, each with its outcome', async () => {
    const club = await newClub();
    expect(await updateClub(club.id, { name: 'Neuer Name' })).toEqual({ ok: true, value: true });
    expect((await readClubPage(club.id))?.club.name).toBe('Neuer Name');
    await newDraft(club.id);
    expect(await countClubAssessments(club.id)).toEqual({ ok: true, value: 1 });
    expect(await deleteClub(club.id)).toEqual({ ok: true, value: 1 });
    expect(await readClubPage(club.id)).toBeNull();
    expect(await updateClub(club.id, { name: 'x' })).toEqual({ ok: true, value: false });
  });

  it('return a full disk as "quota" when adding a club, and add nothing', async () => {
    const disk = await fullDiskDatabase();
    disk.fail(() => browserError('QuotaExceededError'));
    expect(await createClub(fields)).toEqual({ ok: false, error: 'quota' });
    expect(await db.clubs.count()).toBe(0);
  });
});
