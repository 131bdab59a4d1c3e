// The editions the app ships. Each JSON loads lazily, as a chunk of its own,
// so that none is in the first screen's JavaScript. The newest is written into
// "editions" when the database opens (db.ts), never by a read. The earlier
// ones stay in the build for what may still need them: a backup or an
// anonymous file made with one on a device that never stored it. Version 3 is
// version 2's statements with their texts in the app's other languages.
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

/** What seeding needs of the database: its transactions, "editions" and the default in "meta". */
type EditionsDb = Pick<Dexie, 'transaction'> & {
  editions: EntityTable<StoredEdition, 'key'>;
  meta: EntityTable<{ key: string; value: string | number | boolean }, 'key'>;
};

/**
 * Id and version of the edition the app ships now, so that a start (and the
 * settings) can find it among the stored ones without loading the JSON; a test
 * checks them against the JSON. A new shipped version changes both, and adds a
 * JSON file: a shipped id and version never changes its content.
 */
export const SHIPPED_EDITION = { id: 'ni-ampelbogen', version: 3 } as const;

/** The key of the shipped edition in "editions". */
export const SHIPPED_EDITION_KEY = editionKey(SHIPPED_EDITION.id, SHIPPED_EDITION.version);

/** The edition the app ships now, loaded on first use. */
export async function loadShippedEdition(): Promise<Edition> {
  const module = await import('../domain/editions/ni-ampelbogen-v3.json');
  return module.default as Edition;
}

/** Every edition the app has shipped, oldest first, the current one last. */
export async function loadShippedEditions(): Promise<Edition[]> {
  const [first, second, current] = await Promise.all([
    import('../domain/editions/ni-ampelbogen-v1.json'),
    import('../domain/editions/ni-ampelbogen-v2.json'),
    loadShippedEdition(),
  ]);
  return [first.default as Edition, second.default as Edition, current];
}

/**
 * Writes the shipped edition if it is not stored yet; db.ts runs it on every
 * open, before any other call gets through. Usually that is one read; the JSON
 * loads only when the row is missing. A new shipped version arrives like an
 * imported edition: a default chosen earlier (an imported edition, or an
 * earlier shipped version) gives way to it, unless that default is a higher
 * version of the same edition; with no default chosen, the newest shipped
 * version is the default anyway. Drafts made with the earlier version keep it
 * and are offered the move. A failure (a full disk, a chunk that does not
 * load) is logged and left to the next open: reads work without the row, and
 * a new assessment with this edition fails as "edition missing" until it is there.
 */
export function seedShippedEdition(db: EditionsDb, now = new Date()): Promise<void> {
  // Dexie's promises all the way, no native await: Dexie carries its zone
  // through them. After a native await, the zone of a live query that opened
  // the database could leak in, and Dexie refuses a write inside a live query.
  const write = (edition: Edition) => {
    const key = editionKey(edition.id, edition.version);
    return db
      .transaction('rw', db.editions, () =>
        db.editions.get(key).then((stored) =>
          stored
            ? false
            : db.editions
                .add({
                  key,
                  id: edition.id,
                  version: edition.version,
                  importedAt: now.toISOString(),
                  edition,
                })
                .then(() => true),
        ),
      )
      .then((added) => (added ? giveWay(edition, key) : undefined));
  };
  // A default chosen earlier gives way to the new shipped version, unless it
  // is a higher version of the same edition. A step of its own, after the
  // row is stored: a fresh database has no default and writes nothing here.
  const giveWay = (edition: Edition, key: string) =>
    db.meta.get('defaultEdition').then((chosen) =>
      chosen === undefined
        ? undefined
        : db.transaction('rw', [db.editions, db.meta], () =>
            db.editions
              .where('id')
              .equals(edition.id)
              .filter((e) => e.version > edition.version)
              .count()
              .then((newer) =>
                newer === 0
                  ? db.meta.put({ key: 'defaultEdition', value: key }).then(() => undefined)
                  : undefined,
              ),
          ),
    );
  return db.editions
    .get(SHIPPED_EDITION_KEY)
    .then((stored) =>
      stored ? undefined : Dexie.Promise.resolve(loadShippedEdition()).then(write),
    )
    .catch((error: unknown) => {
      console.warn('The shipped edition was not stored; the next start tries again.', error);
    });
}
