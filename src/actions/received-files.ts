// Files that reach the office view without its picker: shared to the installed
// app (the share target; the service worker keeps them in the shared inbox),
// or opened with it ("Öffnen mit", the file handler; handed over here in
// memory). The office view runs its usual import on them.
import { forgetSharedFiles, listSharedFiles, type SharedFile } from '../storage/shared-inbox';
import { attempt, type Outcome } from './outcome';

export type { SharedFile };
export { SHARED_FAILED, SHARED_MARKER } from '../storage/shared-inbox-names';

/** The shared files waiting for the import, in the order they were shared. */
export function readSharedInbox(): Promise<Outcome<SharedFile[]>> {
  return attempt(listSharedFiles);
}

/** Deletes shared files once their import has finished. */
export function clearSharedInbox(keys: readonly string[]): Promise<Outcome<void>> {
  return attempt(() => forgetSharedFiles(keys));
}

/** What the browser hands over for a file the app was opened with. */
export interface OpenedFileHandle {
  name: string;
  getFile(): Promise<File>;
}

/**
 * A file that could not be read from its handle (moved, deleted, no longer
 * allowed): the import refuses it as unreadable, under its name.
 */
class UnreadableFile extends File {
  override text(): Promise<string> {
    return Promise.reject(new Error('unreadable'));
  }
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
