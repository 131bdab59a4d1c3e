import { describe, expect, it } from 'vitest';
import { databaseAt, seedAt, uniqueName } from './helpers';

// Step v3 → v4 alone (src/storage/migrations/v4.ts): indexes on updatedAt,
// nothing else. Every row stays, and each of the four tables answers
// "changed after" from its new index.

const old = '2026-01-01T10:00:00.000Z';
const recent = '2026-06-01T10:00:00.000Z';

describe('upgrade of a v3 database to v4', () => {
  it('keeps every row and finds the rows changed after a moment by the new indexes', async () => {
    const name = uniqueName('v3');
    const rows = {
      clubs: [
        { id: 'c1', name: 'TV', createdAt: old, updatedAt: old },
        { id: 'c2', name: 'Chor', createdAt: old, updatedAt: recent },
      ],
      assessments: [
        { id: 'a1', clubId: 'c1', date: '2026-01-01', status: 'draft', updatedAt: recent },
        { id: 'a2', clubId: 'c2', date: '2026-01-01', status: 'done', updatedAt: old },
      ],
      answers: [
        { assessmentId: 'a1', criterionId: 'k-01', rating: 'red', updatedAt: old },
        { assessmentId: 'a1', criterionId: 'k-02', rating: 'green', updatedAt: recent },
      ],
      measures: [
        { id: 'a1/k-01', clubId: 'c1', assessmentId: 'a1', criterionId: 'k-01', updatedAt: recent },
      ],
      meta: [{ key: 'lastBackupAt', value: '2026-03-01T00:00:00.000Z' }],
    };
    await seedAt(name, 3, rows);

    const db = databaseAt(name, 4);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, list] of Object.entries(rows))
      expect(await db.table(table).toArray()).toEqual(list);
    const changed = async (table: string) =>
      (await db.table(table).where('updatedAt').above('2026-03-01').toArray()).length;
    expect(await changed('clubs')).toBe(1);
    expect(await changed('assessments')).toBe(1);
    expect(await changed('answers')).toBe(1);
    expect(await changed('measures')).toBe(1);
    db.close();
  });
});
