import { describe, expect, it } from 'vitest';
import { databaseAt, seedAt, uniqueName } from './helpers';

// Step v1 → v2 alone (src/storage/migrations/v2.ts): every written next step
// of an answer becomes an open measure of the club, and the field leaves the
// answer row.

const stamp = '2026-05-01T18:00:00.000Z';
const later = '2026-05-02T09:30:00.000Z';

describe('upgrade of a v1 database to v2', () => {
  it('moves each written next step into an open measure and drops the field from every answer', async () => {
    const name = uniqueName('v1');
    const club = {
      id: 'c1',
      name: 'TV',
      category: 'sport',
      sizeBand: 'bis-20',
      createdAt: stamp,
      updatedAt: stamp,
    };
    const assessment = {
      id: 'a1',
      clubId: 'c1',
      editionId: 'ni-ampelbogen',
      editionVersion: 1,
      date: '2026-05-01',
      status: 'draft',
      lastArea: 2,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await seedAt(name, 1, {
      clubs: [club],
      assessments: [assessment],
      answers: [
        {
          assessmentId: 'a1',
          criterionId: 'bildung-01',
          rating: 'red',
          note: 'Flyer fehlt',
          nextStep: ' Flyer übersetzen ',
          updatedAt: later,
        },
        { assessmentId: 'a1', criterionId: 'bildung-02', nextStep: '   ', updatedAt: stamp },
        { assessmentId: 'a1', criterionId: 'bildung-03', rating: 'green', updatedAt: stamp },
        // Its assessment is gone: no club to give a measure to.
        { assessmentId: 'weg', criterionId: 'bildung-01', nextStep: 'Verwaist', updatedAt: stamp },
      ],
      meta: [{ key: 'persistenceAsked', value: true }],
    });

    const db = databaseAt(name, 2);
    await db.open();
    expect(await db.table('measures').toArray()).toEqual([
      {
        id: 'a1/bildung-01',
        clubId: 'c1',
        assessmentId: 'a1',
        criterionId: 'bildung-01',
        text: 'Flyer übersetzen',
        status: 'open',
        createdAt: later,
        updatedAt: later,
      },
    ]);
    expect(await db.table('answers').toArray()).toEqual([
      {
        assessmentId: 'a1',
        criterionId: 'bildung-01',
        rating: 'red',
        note: 'Flyer fehlt',
        updatedAt: later,
      },
      { assessmentId: 'a1', criterionId: 'bildung-02', updatedAt: stamp },
      { assessmentId: 'a1', criterionId: 'bildung-03', rating: 'green', updatedAt: stamp },
      { assessmentId: 'weg', criterionId: 'bildung-01', updatedAt: stamp },
    ]);
    expect(await db.table('clubs').toArray()).toEqual([club]);
    expect(await db.table('assessments').toArray()).toEqual([assessment]);
    expect(await db.table('meta').toArray()).toEqual([{ key: 'persistenceAsked', value: true }]);
    db.close();
  });
});
