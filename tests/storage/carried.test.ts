import { beforeEach, describe, expect, it } from 'vitest';
import {
  finishAssessment,
  reopenAssessment,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments';
import { createClub } from '../../src/storage/clubs';
import { addEdition } from '../../src/storage/editions';
import { readBackupSnapshot, restoreBackup } from '../../src/storage/backup';
import { buildBackup, restoreFromUnknown } from '../../src/files/backup-file';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { sampleBackup } from '../fixtures/backup';
import { dump, freshDatabase, readAnswers } from './helpers';

// Starting from the last assessment carries its lights over, each marked until
// the group confirms it (a tap on any light) or changes it; a finished
// assessment keeps which ones were never confirmed.

const edition = makeEdition({ areas: [['a-01', 'a-02', 'a-03']] });
let db: AmpelbogenDb;
let clubId: string;
let lastId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  const last = await startAssessment({ clubId, date: '2026-03-14', edition });
  lastId = last.id;
  await saveAnswer({ assessmentId: lastId, criterionId: 'a-01', rating: 'green' });
  await saveAnswer({ assessmentId: lastId, criterionId: 'a-02', rating: 'red', note: 'Rampe' });
  await finishAssessment(lastId);
});

const carriedOf = async (id: string) =>
  Object.fromEntries((await readAnswers(id)).map((a) => [a.criterionId, a.carried ?? false]));

describe('carried-over lights', () => {
  it('a new assessment starts empty unless asked to carry', async () => {
    const fresh = await startAssessment({ clubId, date: '2026-11-20', edition });
    expect(fresh.carriedFrom).toBeUndefined();
    expect(await readAnswers(fresh.id)).toEqual([]);
  });

  it('carried lights are marked with the date they come from; notes stay behind', async () => {
    const next = await startAssessment({
      clubId,
      date: '2026-11-20',
      edition,
      fromAssessmentId: lastId,
    });
    expect(next.carriedFrom).toBe('2026-03-14');
    expect((await db.assessments.get(next.id))?.carriedFrom).toBe('2026-03-14');
    const answers = await readAnswers(next.id);
    expect(answers.map((a) => [a.criterionId, a.rating, a.carried, a.note])).toEqual([
      ['a-01', 'green', true, undefined],
      ['a-02', 'red', true, undefined],
    ]);
  });

  it('tapping the same light confirms it, another light changes it, a note alone does not', async () => {
    const next = await startAssessment({
      clubId,
      date: '2026-11-20',
      edition,
      fromAssessmentId: lastId,
    });
    await saveAnswer({ assessmentId: next.id, criterionId: 'a-02', note: 'Noch offen' });
    expect(await carriedOf(next.id)).toEqual({ 'a-01': true, 'a-02': true });
    await saveAnswer({ assessmentId: next.id, criterionId: 'a-01', rating: 'green' });
    await saveAnswer({ assessmentId: next.id, criterionId: 'a-02', rating: 'yellow' });
    expect(await carriedOf(next.id)).toEqual({ 'a-01': false, 'a-02': false });
  });

  it('a finished assessment lists the unconfirmed ones, and reopening marks them again', async () => {
    const next = await startAssessment({
      clubId,
      date: '2026-11-20',
      edition,
      fromAssessmentId: lastId,
    });
    await saveAnswer({ assessmentId: next.id, criterionId: 'a-01', rating: 'green' });
    await finishAssessment(next.id);
    const finished = await db.assessments.get(next.id);
    expect(finished?.unconfirmed).toEqual(['a-02']);
    expect(await carriedOf(next.id)).toEqual({ 'a-01': false, 'a-02': true });

    await reopenAssessment(next.id);
    expect((await db.assessments.get(next.id))?.unconfirmed).toBeUndefined();
    expect(await carriedOf(next.id)).toEqual({ 'a-01': false, 'a-02': true });
    await finishAssessment(next.id);
    expect((await db.assessments.get(next.id))?.unconfirmed).toEqual(['a-02']);
  });

  it('a backup keeps which lights were carried and unconfirmed', async () => {
    const next = await startAssessment({
      clubId,
      date: '2026-11-20',
      edition,
      fromAssessmentId: lastId,
    });
    await finishAssessment(next.id);
    const draft = await startAssessment({
      clubId,
      date: '2026-11-27',
      edition,
      fromAssessmentId: next.id,
    });
    const before = await dump(db);
    const file = JSON.parse(
      JSON.stringify(buildBackup(await readBackupSnapshot(), new Date(), 't')),
    );
    const read = restoreFromUnknown(file);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    await restoreBackup(read.value, 'replace');
    const after = await dump(db);
    expect(after.assessments).toEqual(before.assessments);
    expect(after.answers).toEqual(before.answers);
    expect(await carriedOf(draft.id)).toEqual({ 'a-01': true, 'a-02': true });
  });

  it('a version 2 backup knows nothing of carried lights and refuses the fields', () => {
    const v2 = { ...sampleBackup(), version: 2 };
    expect(restoreFromUnknown(v2).ok).toBe(true);
    const withCarried = {
      ...v2,
      answers: v2.answers.map((a) => ({ ...a, carried: true })),
    };
    expect(restoreFromUnknown(withCarried).ok).toBe(false);
  });
});
