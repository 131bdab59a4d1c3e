import Dexie from 'dexie';

// Bench only: Dexie's own put, for the figure beside the app's tap. Built by
// bare-put/vite.config.ts into one file that the bench serves to the app's page.

/** Puts each row into the app's "answers" table on its own, timing each until committed. */
export async function timePuts(rows: readonly object[]): Promise<number[]> {
  // No version declared: Dexie opens the app's database as it finds it.
  const db = new Dexie('ampelbogen');
  await db.open();
  const answers = db.table('answers');
  const times: number[] = [];
  for (const row of rows) {
    const t0 = performance.now();
    await answers.put(row);
    times.push(performance.now() - t0);
  }
  db.close();
  return times;
}
