import { beforeEach, describe, expect, it } from 'vitest';
import type { Edition } from '../../src/domain/edition-schema';
import { loadAssessmentBundle } from '../../src/storage/assessment-bundle';
import {
  finishAssessment,
  moveDraftToEdition,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments';
import { createClub } from '../../src/storage/clubs';
import type { AmpelbogenDb } from '../../src/storage/db';
import { addEdition, deleteEdition, getDefaultEdition } from '../../src/storage/editions';
import { saveMeasure } from '../../src/storage/measures';
import { SHIPPED_EDITION_KEY } from '../../src/storage/shipped-edition';
import { loadProgress } from '../../src/storage/progress';
import { EditionMissingError } from '../../src/storage/errors';
import { makeEdition } from '../fixtures/editions';
import { dump, freshDatabase, readAnswers } from './helpers';

// A town publishes edition 2 (a-02 removed, a-04 added): nothing made with
// edition 1 changes, drafts can move, and an unused edition can go.

let db: AmpelbogenDb;
let clubId: string;
const v1 = makeEdition({ id: 'stadt', version: 1, areas: [['a-01', 'a-02', 'a-03']] });
const v2: Edition = {
  ...makeEdition({ id: 'stadt', version: 2, areas: [['a-01', 'a-03', 'a-04']] }),
  title: 'Testausgabe 2',
};

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(v1);
  clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
});

async function draftWithAnswers(date: string) {
  const a = await startAssessment({ clubId, date, edition: v1 });
  await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'green', note: 'gut' });
  await saveAnswer({ assessmentId: a.id, criterionId: 'a-02', rating: 'red', note: 'fehlt' });
  await saveAnswer({ assessmentId: a.id, criterionId: 'a-03' });
  return a;
}

describe('a new edition', () => {
  it('leaves an assessment made with edition 1 reading exactly as before', async () => {
    const a = await draftWithAnswers('2026-01-10');
    await finishAssessment(a.id);
    const before = await loadAssessmentBundle(a.id);
    const progressBefore = await loadProgress(clubId);
    expect(await addEdition(v2)).toBe('added');
    expect(await getDefaultEdition()).toEqual(v2);
    expect(await loadAssessmentBundle(a.id)).toEqual(before);
    expect(await loadProgress(clubId)).toEqual(progressBefore);
    expect(before?.edition).toEqual(v1);
  });

  it('moves a draft: shared criteria carry over, the others are listed and removed', async () => {
    const a = await draftWithAnswers('2026-01-10');
    await saveMeasure({ assessmentId: a.id, criterionId: 'a-02', text: 'Flyer', who: '', due: '' });
    await addEdition(v2);
    const plan = await moveDraftToEdition(a.id, v2);
    expect(plan.carried.map((x) => x.criterionId)).toEqual(['a-01', 'a-03']);
    expect(plan.dropped).toEqual([
      {
        answer: expect.objectContaining({ criterionId: 'a-02', rating: 'red' }),
        text: 'Wir tun a-02.',
      },
    ]);
    // The next step of the removed statement is named too, and kept.
    expect(plan.detached).toEqual([
      {
        measure: expect.objectContaining({ criterionId: 'a-02', text: 'Flyer' }),
        text: 'Wir tun a-02.',
      },
    ]);
    const bundle = await loadAssessmentBundle(a.id);
    expect(bundle?.edition).toEqual(v2);
    expect(bundle?.assessment).toMatchObject({ editionVersion: 2, status: 'draft', lastArea: 0 });
    expect((await readAnswers(a.id)).map((x) => [x.criterionId, x.rating, x.note])).toEqual([
      ['a-01', 'green', 'gut'],
      ['a-03', undefined, undefined],
    ]);
    // The club's next step stays in its list.
    expect(await db.measures.count()).toBe(1);
  });

  it('never moves a finished assessment, and writes nothing then', async () => {
    const a = await draftWithAnswers('2026-01-10');
    await finishAssessment(a.id);
    await addEdition(v2);
    const before = await dump(db);
    await expect(moveDraftToEdition(a.id, v2)).rejects.toThrow('assessment finished');
    expect(await dump(db)).toEqual(before);
  });

  it('refuses to start an assessment with an edition no longer on the device', async () => {
    await addEdition(v2);
    expect(await deleteEdition('stadt@2')).toBe('deleted');
    const before = await dump(db);
    await expect(startAssessment({ clubId, date: '2026-04-10', edition: v2 })).rejects.toThrow(
      EditionMissingError,
    );
    expect(await dump(db)).toEqual(before);
  });

  it('starts from the last assessment across editions by criterion id', async () => {
    const a = await draftWithAnswers('2026-01-10');
    await finishAssessment(a.id);
    await addEdition(v2);
    const next = await startAssessment({
      clubId,
      date: '2026-04-10',
      edition: v2,
      fromAssessmentId: a.id,
    });
    expect((await readAnswers(next.id)).map((x) => [x.criterionId, x.rating])).toEqual([
      ['a-01', 'green'],
    ]);
  });

  it('can be deleted only while no assessment uses it; the shipped one stays', async () => {
    await addEdition(v2);
    const a = await draftWithAnswers('2026-01-10');
    expect(await deleteEdition('stadt@1')).toBe('in-use');
    expect(await deleteEdition('stadt@2')).toBe('deleted');
    expect(await db.editions.get('stadt@2')).toBeUndefined();
    // The highest remaining version of the same edition takes over.
    expect(await getDefaultEdition()).toEqual(v1);
    expect(await deleteEdition(SHIPPED_EDITION_KEY)).toBe('shipped');
    expect(await deleteEdition('nope@1')).toBe('missing');
    expect(await db.assessments.get(a.id)).toBeDefined();
  });
});
