// Editions live in "editions", keyed "id@version", each with the full validated
// edition. The shipped edition is written when the database opens
// (shipped-edition.ts). An edition in the table is never changed: same id and
// version means the same content.
import type { Edition } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';
import { pickNewest, sameJson } from '../domain/edition';
import { getDb, type StoredEdition } from './db';
import { getMeta } from './meta';
import { loadShippedEdition, SHIPPED_EDITION, SHIPPED_EDITION_KEY } from './shipped-edition';

/** The default among stored editions: the one last imported as default, else the newest of the shipped id. */
function pickDefault(
  all: readonly StoredEdition[],
  chosenKey: unknown,
  shippedId: string,
): StoredEdition | undefined {
  return all.find((e) => e.key === chosenKey) ?? pickNewest(all, shippedId) ?? all[0];
}

/** The edition new assessments use: the last one imported as default, else the newest shipped. */
export async function getDefaultEdition(): Promise<Edition> {
  const all = await getDb().editions.toArray();
  const picked = pickDefault(all, await getMeta('defaultEdition'), SHIPPED_EDITION.id);
  // None stored (the shipped one could not be written): the JSON still serves.
  return picked?.edition ?? loadShippedEdition();
}

export type AddEditionResult = 'added' | 'already-there' | 'conflict';

/**
 * Adds a validated edition. Same id and version with other content is a
 * conflict and writes nothing; a new edition becomes the default when no higher
 * version of the same id is present.
 */
export async function addEdition(edition: Edition, now = new Date()): Promise<AddEditionResult> {
  const db = getDb();
  const key = editionKey(edition.id, edition.version);
  return db.transaction('rw', [db.editions, db.meta], async () => {
    const existing = await db.editions.get(key);
    if (existing) return sameJson(existing.edition, edition) ? 'already-there' : 'conflict';
    const newer = await db.editions
      .where('id')
      .equals(edition.id)
      .filter((e) => e.version > edition.version)
      .count();
    await db.editions.add({
      key,
      id: edition.id,
      version: edition.version,
      importedAt: now.toISOString(),
      edition,
    });
    if (newer === 0) await db.meta.put({ key: 'defaultEdition', value: key });
    return 'added';
  });
}

/** How many assessments use each edition, by key. */
export async function countAssessmentsByEdition(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await getDb().assessments.each((a) => {
    const key = editionKey(a.editionId, a.editionVersion);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** An edition row with how many assessments use it, for the settings screen. */
export interface EditionItem {
  stored: StoredEdition;
  assessments: number;
  isDefault: boolean;
  /** The edition the app ships: it cannot be deleted. */
  isShipped: boolean;
}

/**
 * Every edition on the device, newest first, with usage and which is the
 * default. Read-only, so it can run in a live query.
 */
export async function listEditionItems(): Promise<EditionItem[]> {
  const db = getDb();
  const [all, counts, chosenKey] = await Promise.all([
    db.editions.toArray(),
    countAssessmentsByEdition(),
    getMeta('defaultEdition'),
  ]);
  const defaultKey = pickDefault(all, chosenKey, SHIPPED_EDITION.id)?.key;
  return all
    .sort((a, b) => (a.id === b.id ? b.version - a.version : a.id.localeCompare(b.id)))
    .map((stored) => ({
      stored,
      assessments: counts.get(stored.key) ?? 0,
      isDefault: stored.key === defaultKey,
      isShipped: stored.key === SHIPPED_EDITION_KEY,
    }));
}

export type DeleteEditionResult = 'deleted' | 'in-use' | 'shipped' | 'missing';

/**
 * Deletes an edition nobody uses. The shipped edition stays (it would come
 * back on the next start), and one used by any assessment, draft or finished,
 * cannot be deleted. If it was the default, the highest remaining version of
 * the same edition takes over.
 */
export async function deleteEdition(key: string): Promise<DeleteEditionResult> {
  const db = getDb();
  return db.transaction('rw', [db.editions, db.assessments, db.meta], async () => {
    const stored = await db.editions.get(key);
    if (!stored) return 'missing';
    if (stored.key === SHIPPED_EDITION_KEY) return 'shipped';
    const used = await db.assessments
      .filter((a) => a.editionId === stored.id && a.editionVersion === stored.version)
      .count();
    if (used > 0) return 'in-use';
    await db.editions.delete(key);
    if ((await db.meta.get('defaultEdition'))?.value === key) {
      // The highest remaining version of the same edition takes over; with
      // none left, the app's own rule picks the default.
      const next = pickNewest(await db.editions.where('id').equals(stored.id).toArray());
      if (next) await db.meta.put({ key: 'defaultEdition', value: next.key });
      else await db.meta.delete('defaultEdition');
    }
    return 'deleted';
  });
}
