// Telling a database the browser deleted from a first start. Chromium deletes
// an origin's storage to make room when a disk runs full, and a database that
// a full disk damaged when it next opens it; the app then finds an empty
// database and must say so instead of looking new. Within a session the
// instance knows it was open before; across restarts a mark in localStorage
// (which the browser keeps apart from IndexedDB) says a database existed. A
// loss, once found, is remembered there too, until the user has seen it.
import type Dexie from 'dexie';
import { forgetDatabaseLost, markDatabaseLost } from './errors';

const sinceKey = (name: string) => `${name}:database-since`;
const lostKey = (name: string) => `${name}:database-lost`;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    // Without localStorage a deleted database is told apart only within a session.
  }
}

/** Watches a database for being found deleted; call in its constructor. */
export function watchForLoss(db: Dexie): void {
  const { name } = db;
  if (read(lostKey(name))) markDatabaseLost();
  let openedBefore = false;
  db.on('populate', () => {
    if (openedBefore || read(sinceKey(name))) {
      write(lostKey(name), new Date().toISOString());
      markDatabaseLost();
    }
  });
  db.on(
    'ready',
    () => {
      openedBefore = true;
      if (!read(sinceKey(name))) write(sinceKey(name), new Date().toISOString());
    },
    true,
  );
}

/** The user has seen that the data was deleted (or restored a backup): stop saying so. */
export function acknowledgeDatabaseLost(name = 'ampelbogen'): void {
  write(lostKey(name), null);
  forgetDatabaseLost();
}
