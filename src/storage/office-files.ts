// The imported anonymous files of the Integrationsbüro, in the office database
// (office-db.ts). A batch is written in one transaction: all new files or none.
import type { AnonymousFile } from '../domain/anonymous';
import type { Edition } from '../domain/edition-schema';
import { getDb } from './db';
import { editionKey } from '../domain/assessment';
import { loadShippedEdition, loadShippedEditions } from './shipped-edition';
import { getOfficeDb, type StoredOfficeFile } from './office-db';

/** What happened to each validated file of a batch, by file id. */
export interface StoreOutcome {
  added: string[];
  /** Already on the device (same file id), or twice in the batch. */
  already: string[];
}

/**
 * Stores the new files of a batch of validated files in one transaction. A
 * file whose id is already stored, or came earlier in the batch, is skipped.
 */
export async function storeOfficeFiles(
  files: readonly AnonymousFile[],
  now = new Date(),
): Promise<StoreOutcome> {
  const db = getOfficeDb();
  const importedAt = now.toISOString();
  return db.transaction('rw', db.files, async () => {
    const ids = files.map((f) => f.fileId);
    const existing = new Set(
      (await db.files.bulkGet(ids)).flatMap((row) => (row ? [row.fileId] : [])),
    );
    const added: string[] = [];
    const already: string[] = [];
    const rows: StoredOfficeFile[] = [];
    for (const file of files) {
      if (existing.has(file.fileId)) {
        already.push(file.fileId);
        continue;
      }
      existing.add(file.fileId);
      added.push(file.fileId);
      rows.push({ fileId: file.fileId, importedAt, file });
    }
    await db.files.bulkAdd(rows);
    return { added, already };
  });
}

/** Every imported file, newest import first. */
export async function listOfficeFiles(): Promise<StoredOfficeFile[]> {
  return (await getOfficeDb().files.orderBy('importedAt').toArray()).reverse();
}

/** Deletes one imported file. */
export async function deleteOfficeFile(fileId: string): Promise<void> {
  await getOfficeDb().files.delete(fileId);
}

/** Deletes every imported file; the clubs' data is in another database and stays. */
export async function deleteAllOfficeFiles(): Promise<void> {
  await getOfficeDb().files.clear();
}

/**
 * The editions the view reads files against: every one on the device, and
 * every one the app has shipped (files made with the first shipped edition
 * come in on a device that never stored it); `shipped` is the current one.
 */
export async function loadOfficeEditions(): Promise<{ editions: Edition[]; shipped: Edition }> {
  const [shipped, all, stored] = await Promise.all([
    loadShippedEdition(),
    loadShippedEditions(),
    getDb().editions.toArray(),
  ]);
  const here = new Set(stored.map((row) => row.key));
  const missing = all.filter((e) => !here.has(editionKey(e.id, e.version)));
  return { editions: [...stored.map((row) => row.edition), ...missing], shipped };
}
