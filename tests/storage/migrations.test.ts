import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AmpelbogenDb } from '../../src/storage/db';

// A database written by version 1 of the schema must open under the current
// one with nothing lost. Version 1 is re-declared here exactly as it shipped.
async function seedVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores({
    clubs: 'id, name',
    assessments: 'id, clubId, [clubId+date], status',
    answers: '[assessmentId+criterionId], assessmentId',
    editions: 'key, id',
    meta: 'key',
  });
  const stamp = '2026-05-01T18:00:00.000Z';
  await v1.table('clubs').add({
    id: 'c1',
    name: 'TV',
    category: 'sport',
    sizeBand: 'bis-20',
    createdAt: stamp,
    updatedAt: stamp,
  });
  await v1.table('assessments').add({
    id: 'a1',
    clubId: 'c1',
    editionId: 'ni-ampelbogen',
    editionVersion: 1,
    date: '2026-05-01',
    status: 'done',
    lastArea: 3,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await v1.table('answers').bulkAdd([
    {
      assessmentId: 'a1',
      criterionId: 'bildung-01',
      rating: 'red',
      note: 'Flyer fehlt',
      nextStep: ' Flyer übersetzen ',
      updatedAt: stamp,
    },
    { assessmentId: 'a1', criterionId: 'bildung-02', rating: 'green', updatedAt: stamp },
    { assessmentId: 'a1', criterionId: 'bildung-03', nextStep: '   ', updatedAt: stamp },
  ]);
  await v1.table('assessments').add({
    id: 'a2',
    clubId: 'c1',
    editionId: 'ni-ampelbogen',
    editionVersion: 1,
    date: '2026-06-01',
    status: 'draft',
    lastArea: 0,
    createdAt: stamp,
    updatedAt: stamp,
  });
  await v1.table('answers').bulkAdd([
    {
      assessmentId: 'a2',
      criterionId: 'bildung-01',
      rating: 'yellow',
      note: 'Entwurf',
      updatedAt: stamp,
    },
    { assessmentId: 'a2', criterionId: 'bildung-02', nextStep: '', updatedAt: stamp },
  ]);
  await v1.table('meta').put({ key: 'persistenceAsked', value: true });
  v1.close();
}

describe('database upgrades', () => {
  it('turns every written next step into an open measure (v2), snapshots finished lights (v3), folds finished answers into their row (v5), and keeps everything else', async () => {
    const name = `migration-${Math.random().toString(36).slice(2)}`;
    await seedVersion1(name);
    const db = new AmpelbogenDb(name);
    await db.open();

    expect(db.verno).toBe(6);
    expect(await db.clubs.count()).toBe(1);
    // v3 snapshot the lights; v5 folded the notes into the row and removed the
    // finished assessment's answer rows. The draft keeps its rows.
    expect(await db.assessments.get('a1')).toMatchObject({
      status: 'done',
      lastArea: 3,
      ratings: { 'bildung-01': 'red', 'bildung-02': 'green' },
      notes: { 'bildung-01': 'Flyer fehlt' },
    });
    expect(await db.answers.where('assessmentId').equals('a1').count()).toBe(0);
    expect(
      (await db.answers.toArray()).map((a) => [
        a.assessmentId,
        a.criterionId,
        a.rating,
        a.note,
        'nextStep' in a,
      ]),
    ).toEqual([
      ['a2', 'bildung-01', 'yellow', 'Entwurf', false],
      ['a2', 'bildung-02', undefined, undefined, false],
    ]);
    expect(await db.assessments.get('a2')).not.toHaveProperty('ratings');
    expect(await db.assessments.get('a2')).not.toHaveProperty('notes');
    expect(await db.measures.toArray()).toEqual([
      {
        id: 'a1/bildung-01',
        clubId: 'c1',
        assessmentId: 'a1',
        criterionId: 'bildung-01',
        text: 'Flyer übersetzen',
        status: 'open',
        createdAt: '2026-05-01T18:00:00.000Z',
        updatedAt: '2026-05-01T18:00:00.000Z',
      },
    ]);
    expect(await db.meta.get('persistenceAsked')).toEqual({ key: 'persistenceAsked', value: true });
    db.close();
  });
});
