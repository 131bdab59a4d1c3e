import { describe, expect, it } from 'vitest';
import { databaseAt, seedAt, uniqueName } from './helpers';

// Step v2 → v3 alone (src/storage/migrations/v3.ts): a finished assessment
// gets a snapshot of its lights in its row; drafts and every answer row stay.

const stamp = '2026-05-01T18:00:00.000Z';
const assessment = (id: string, status: 'done' | 'draft') => ({
  id,
  clubId: 'c1',
  editionId: 'ni-ampelbogen',
  editionVersion: 1,
  date: '2026-05-01',
  status,
  lastArea: 0,
  createdAt: stamp,
  updatedAt: stamp,
  ...(status === 'done' ? { finishedAt: stamp } : {}),
});

describe('upgrade of a v2 database to v3', () => {
  it('writes the lights of each finished assessment into its row and leaves drafts and rows alone', async () => {
    const name = uniqueName('v2');
    const answers = [
      { assessmentId: 'a1', criterionId: 'k-01', rating: 'red', note: 'fehlt', updatedAt: stamp },
      { assessmentId: 'a1', criterionId: 'k-02', rating: 'na', updatedAt: stamp },
      { assessmentId: 'a1', criterionId: 'k-03', note: 'ohne Licht', updatedAt: stamp },
      { assessmentId: 'a2', criterionId: 'k-01', rating: 'green', updatedAt: stamp },
    ];
    const measure = {
      id: 'a1/k-01',
      clubId: 'c1',
      assessmentId: 'a1',
      criterionId: 'k-01',
      text: 'Flyer',
      status: 'open',
      createdAt: stamp,
      updatedAt: stamp,
    };
    await seedAt(name, 2, {
      assessments: [assessment('a1', 'done'), assessment('a2', 'draft'), assessment('a3', 'done')],
      answers,
      measures: [measure],
    });

    const db = databaseAt(name, 3);
    await db.open();
    expect(await db.table('assessments').get('a1')).toEqual({
      ...assessment('a1', 'done'),
      ratings: { 'k-01': 'red', 'k-02': 'na' },
    });
    // Finished without a single answer: an empty snapshot.
    expect(await db.table('assessments').get('a3')).toEqual({
      ...assessment('a3', 'done'),
      ratings: {},
    });
    expect(await db.table('assessments').get('a2')).toEqual(assessment('a2', 'draft'));
    expect(await db.table('answers').toArray()).toEqual(answers);
    expect(await db.table('measures').toArray()).toEqual([measure]);
    db.close();
  });
});
