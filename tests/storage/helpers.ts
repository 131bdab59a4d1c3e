import { AmpelbogenDb, setDatabase } from '../../src/storage/db';

let counter = 0;

/** A fresh, empty database on fake-indexeddb for each test. */
export function freshDatabase(): AmpelbogenDb {
  counter += 1;
  const db = new AmpelbogenDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
  setDatabase(db);
  return db;
}

/** Every row of every table, for "nothing changed" checks. */
export async function dump(db: AmpelbogenDb) {
  return {
    clubs: await db.clubs.toArray(),
    assessments: await db.assessments.toArray(),
    answers: await db.answers.toArray(),
    measures: await db.measures.toArray(),
    editions: await db.editions.toArray(),
    meta: await db.meta.toArray(),
  };
}
