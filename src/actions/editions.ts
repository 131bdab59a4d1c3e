// The editions of the Ampelbogen on this device: the list the settings show,
// checking an edition file before it is taken (and against what it is
// compared), taking it, and deleting one nobody uses.
import { editionKey } from '../domain/assessment';
import { sameJson } from '../domain/edition';
import { diffEditions, editionReplaced, type EditionDiff } from '../domain/edition-diff';
import type { Edition } from '../domain/edition-schema';
import type { FileRefusal, FileResult } from '../files/problems';
import {
  addEdition,
  deleteEdition as remove,
  listEditionItems,
  type EditionItem,
} from '../storage/editions';
import { namedStorageFailure, storageFailure, type StorageFailure } from './failure';
import type { Outcome } from './outcome';

export { listEditionItems, type EditionItem };

/** A checked edition file waiting for the user's yes. */
export interface EditionCandidate {
  edition: Edition;
  /** What it changes against the edition it replaces, if it replaces one. */
  diff: EditionDiff | null;
  /** A higher version of the same edition is on the device already. */
  older: boolean;
}

/** A checked file: an edition to take, or one that is on the device already, the same. */
export type CheckedEdition =
  { kind: 'candidate'; candidate: EditionCandidate } | { kind: 'already-there' };

/** Why an edition file is not taken. */
export type EditionFileError =
  | { code: 'refused'; refusal: Pick<FileRefusal, 'format' | 'problem'> }
  /** Same id and version as one on the device, other content. */
  | { code: 'conflict' }
  /** The file checks did not load. */
  | { code: 'load-failed' }
  | StorageFailure;

/** Sees whether a valid edition can be added, and against what it is compared. */
function examine(
  edition: Edition,
  items: readonly EditionItem[],
): Outcome<CheckedEdition, EditionFileError> {
  const same = items.find((i) => i.stored.key === editionKey(edition.id, edition.version));
  if (same) {
    return sameJson(same.stored.edition, edition)
      ? { ok: true, value: { kind: 'already-there' } }
      : { ok: false, error: { code: 'conflict' } };
  }
  const stored = items.map((i) => i.stored);
  const replaced = editionReplaced(edition, stored, items.find((i) => i.isDefault)?.stored);
  const candidate = {
    edition,
    diff: replaced ? diffEditions(replaced.edition, edition) : null,
    older: stored.some((s) => s.id === edition.id && s.version > edition.version),
  };
  return { ok: true, value: { kind: 'candidate', candidate } };
}

/**
 * Reads and validates a picked edition file and compares it with the editions
 * on the device. Nothing is written: the user sees what it changes first.
 */
export async function checkEditionFile(
  file: Blob,
): Promise<Outcome<CheckedEdition, EditionFileError>> {
  let read: FileResult<Edition>;
  try {
    const { readEditionFile } = await import('../files/edition-file');
    read = await readEditionFile(file);
  } catch {
    return { ok: false, error: { code: 'load-failed' } };
  }
  if (!read.ok) return { ok: false, error: { code: 'refused', refusal: read } };
  let items: EditionItem[];
  try {
    items = await listEditionItems();
  } catch (error) {
    return { ok: false, error: namedStorageFailure(error) ?? { code: 'load-failed' } };
  }
  return examine(read.value, items);
}

/** Why a checked edition was not taken. */
export type ImportEditionError = { code: 'conflict' } | StorageFailure;

/**
 * Takes a checked edition. It becomes the default unless a higher version of
 * it is here; one that is here already, the same, changes nothing.
 */
export async function importEdition(
  edition: Edition,
  now = new Date(),
): Promise<Outcome<'added' | 'already-there', ImportEditionError>> {
  try {
    const result = await addEdition(edition, now);
    return result === 'conflict'
      ? { ok: false, error: { code: 'conflict' } }
      : { ok: true, value: result };
  } catch (error) {
    return { ok: false, error: storageFailure(error) };
  }
}

/** Why an edition was not deleted: in use, shipped with the app, gone already, or storage failed. */
export type DeleteEditionError = { code: 'in-use' | 'shipped' | 'missing' } | StorageFailure;

/** Deletes an edition nobody uses; the highest remaining version of it becomes the default. */
export async function deleteEdition(key: string): Promise<Outcome<void, DeleteEditionError>> {
  try {
    const result = await remove(key);
    return result === 'deleted'
      ? { ok: true, value: undefined }
      : { ok: false, error: { code: result } };
  } catch (error) {
    return { ok: false, error: storageFailure(error) };
  }
}
