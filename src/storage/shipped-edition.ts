// The edition the app ships. Its JSON loads lazily, as a chunk of its own, so
// that it stays out of the first screen's JavaScript. It is written into
// "editions" when the database opens (db.ts), never by a read.
import Dexie, { type EntityTable } from 'dexie';
import type { Edition } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';

/** A row of "editions": an edition with the moment it came onto the device. */
export interface StoredEdition {
  key: string;
  id: string;
  version: number;
  importedAt: string;
  edition: Edition;
}

/** What seeding needs of the database: its transactions and "editions". */
type EditionsDb = Pick<Dexie, 'transaction'> & { editions: EntityTable<StoredEdition, 'key'> };

/**
 * Id and version of the edition the app ships, so that a start (and the
 * settings) can find it among the stored ones without loading the JSON; a test
 * checks them against the JSON. A new shipped version changes both.
 */
export const SHIPPED_EDITION = { id: 'ni-ampelbogen', version: 1 } as const;

/** The key of the shipped edition in "editions". */
export const SHIPPED_EDITION_KEY = editionKey(SHIPPED_EDITION.id, SHIPPED_EDITION.version);

/** The edition the app ships, loaded on first use. */
export async function loadShippedEdition(): Promise<Edition> {
  const module = await import('../domain/editions/ni-ampelbogen-v1.json');
  return module.default as Edition;
}

/**
 * Writes the shipped edition if it is not stored yet; db.ts runs it on every
 * open, before any other call gets through. Usually that is one read; the JSON
 * loads only when the row is missing. A failure (a full disk, a chunk that
 * does not load) is logged and left to the next open: reads work without the
 * row, and a new assessment with this edition fails as "edition missing"
 * until it is there.
 */
export function seedShippedEdition(db: EditionsDb, now = new Date()): Promise<void> {
  // Dexie's promises all the way, no native await: Dexie carries its zone
  // through them. After a native await, the zone of a live query that opened
  // the database could leak in, and Dexie refuses a write inside a live query.
  const write = (edition: Edition) => {
    const key = editionKey(edition.id, edition.version);
    return db.transaction('rw', db.editions, () =>
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
      }),
    );
  };
  return db.editions
    .get(SHIPPED_EDITION_KEY)
    .then((stored) =>
      stored ? undefined : Dexie.Promise.resolve(loadShippedEdition()).then(write),
    )
    .catch((error: unknown) => {
      console.warn('The shipped edition was not stored; the next start tries again.', error);
    });
}
