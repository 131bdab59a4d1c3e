// The edition the app ships. Its JSON loads lazily, as a chunk of its own, so
// that it stays out of the first screen's JavaScript. It is written into
// "editions" when the database opens (db.ts), never by a read.
import Dexie from 'dexie';
import type { Edition } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';
import type { AmpelbogenDb } from './db';

/** The edition the app ships, loaded on first use. */
export async function loadShippedEdition(): Promise<Edition> {
  const module = await import('../domain/editions/ni-ampelbogen-v1.json');
  return module.default as Edition;
}

/**
 * Writes the shipped edition if it is not stored yet; db.ts runs it on every
 * open, before any other call gets through. A failure (a full disk, a chunk
 * that does not load) is logged and left to the next open: reads work without
 * the row, and a new assessment with this edition fails as "edition missing"
 * until it is there.
 */
export function seedShippedEdition(db: AmpelbogenDb, now = new Date()): Promise<void> {
  // Dexie's promises all the way, no native await: Dexie carries its zone
  // through them. After a native await, the zone of a live query that opened
  // the database could leak in, and Dexie refuses a write inside a live query.
  return Dexie.Promise.resolve(loadShippedEdition())
    .then((edition) => {
      const key = editionKey(edition.id, edition.version);
      const write = () =>
        db.editions.get(key).then((stored) => {
          if (stored) return;
          return db.editions
            .add({
              key,
              id: edition.id,
              version: edition.version,
              importedAt: now.toISOString(),
              edition,
            })
            .then(() => undefined);
        });
      // A read first: on every later start that is all, and it takes no write lock.
      return db.editions
        .get(key)
        .then((stored) => (stored ? undefined : db.transaction('rw', db.editions, write)));
    })
    .catch((error: unknown) => {
      console.warn('The shipped edition was not stored; the next start tries again.', error);
    });
}
