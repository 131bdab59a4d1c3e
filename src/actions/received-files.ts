// Files that reach the office view without its picker: shared to the installed
// app (the share target; the service worker keeps them in the shared inbox),
// or opened with it ("Öffnen mit", the file handler; handed over here in
// memory). The office view runs its usual import on them.
import { forgetSharedFiles, listSharedFiles, type SharedEntry } from '../storage/shared-inbox';
import { attempt, type Outcome } from './outcome';

export { SHARED_FAILED, SHARED_MARKER } from '../storage/shared-inbox-names';

/** A shared file for the import, with the key that deletes it from the inbox. */
export interface SharedFile {
  key: string;
  file: File;
}

/**
 * A file that could not be read (from its handle: moved, deleted, no longer
 * allowed; or from the shared inbox): the import refuses it as unreadable,
 * under its name.
 */
class UnreadableFile extends File {
  override text(): Promise<string> {
    return Promise.reject(new Error('unreadable'));
  }
}

/**
 * A shared file kept without its content because it is larger than any
 * anonymous file may be: it has the shared file's size, so the import refuses
 * it as too large, under its name, before it would read anything.
 */
class TooLargeFile extends UnreadableFile {
  readonly #size: number;
  constructor(name: string, size: number) {
    super([], name);
    this.#size = Number.isFinite(size) ? size : Number.POSITIVE_INFINITY;
  }
  override get size(): number {
    return this.#size;
  }
}

function fileOf(entry: SharedEntry): File {
  if (entry.kind === 'file')
    return new File([entry.content], entry.name, { type: entry.content.type });
  if (entry.kind === 'too-large') return new TooLargeFile(entry.name, entry.size);
  return new UnreadableFile([], entry.name);
}

/**
 * The keys of the shared files this page has taken for an import that is
 * under way, or whose deletion after the import failed: a second visit to the
 * office view meanwhile must not read them again.
 */
const claimed = new Set<string>();

/**
 * Takes the shared files waiting for the import, in the order they were
 * shared, all but those another visit of this page has already taken. Each
 * is the taker's until settleSharedFiles.
 */
export async function claimSharedFiles(): Promise<Outcome<SharedFile[]>> {
  const listed = await attempt(listSharedFiles);
  if (!listed.ok) return listed;
  const fresh = listed.value.filter((entry) => !claimed.has(entry.key));
  for (const entry of fresh) claimed.add(entry.key);
  return { ok: true, value: fresh.map((entry) => ({ key: entry.key, file: fileOf(entry) })) };
}

/**
 * Ends the import of claimed shared files. Imported, they are deleted from the
 * inbox; if that fails, the outcome says so and this page leaves them alone
 * (the next start of the app checks them again). Not imported, they stay in
 * the inbox for the next visit.
 */
export async function settleSharedFiles(
  keys: readonly string[],
  imported: boolean,
): Promise<Outcome<void>> {
  const done: Outcome<void> = imported
    ? await attempt(() => forgetSharedFiles(keys))
    : { ok: true, value: undefined };
  if (done.ok) for (const key of keys) claimed.delete(key);
  return done;
}

/** What the browser hands over for a file the app was opened with. */
export interface OpenedFileHandle {
  name: string;
  getFile(): Promise<File>;
}

const opened: File[][] = [];
const listeners = new Set<() => void>();

/** Reads the files the app was opened with and hands them to the office view. */
export async function offerOpenedFiles(handles: readonly OpenedFileHandle[]): Promise<void> {
  const files = await Promise.all(
    handles.map((handle) => handle.getFile().catch(() => new UnreadableFile([], handle.name))),
  );
  if (files.length === 0) return;
  opened.push(files);
  for (const listener of listeners) listener();
}

/** The batches of opened files not yet taken, oldest first; they are taken now. */
export function takeOpenedFiles(): File[][] {
  return opened.splice(0);
}

/** Calls back whenever opened files are handed over; returns the unsubscribe. */
export function onOpenedFiles(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
