// The shared inbox, page side. Files shared to the installed app wait in Cache
// Storage, where the service worker put them (src/sw/receive-shared.ts), until
// the office view has imported them; then they are deleted here. Each entry is
// one file: its bytes, its type, and its name in a header and in its key; a
// file too large to be an anonymous file has only its name and size.
import { INBOX_CACHE, NAME_HEADER, TOO_LARGE_HEADER } from './shared-inbox-names';

/**
 * A file waiting in the inbox, with the key that deletes it: its content, or
 * why there is none (an entry that could not be read, a file kept without
 * its content because it is too large). The import refuses the latter two.
 */
export type SharedEntry = { key: string; name: string } & (
  { kind: 'file'; content: Blob } | { kind: 'unreadable' } | { kind: 'too-large'; size: number }
);

function decodeName(encoded: string): string {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return encoded;
  }
}

/** The name in a key's last part ("0003-name"); empty for a key without one. */
function nameInKey(key: string): string {
  const last = key.slice(key.lastIndexOf('/') + 1);
  const dash = last.indexOf('-');
  return dash < 0 ? '' : decodeName(last.slice(dash + 1));
}

/** One entry, read on its own: a failure makes it unreadable, never the others. */
async function readEntry(inbox: Cache, request: Request): Promise<SharedEntry | null> {
  const key = request.url;
  let name = nameInKey(key);
  try {
    const response = await inbox.match(request);
    // Gone since the keys were listed (another tab's import took it).
    if (!response) return null;
    const header = response.headers.get(NAME_HEADER);
    if (header !== null) name = decodeName(header);
    const tooLarge = response.headers.get(TOO_LARGE_HEADER);
    if (tooLarge !== null) return { key, name, kind: 'too-large', size: Number(tooLarge) };
    return { key, name, kind: 'file', content: await response.blob() };
  } catch {
    return { key, name, kind: 'unreadable' };
  }
}

/** The waiting files, in the order they were shared; none where there is no inbox. */
export async function listSharedFiles(): Promise<SharedEntry[]> {
  // Asking first keeps an empty inbox from being created on every visit.
  if (typeof caches === 'undefined' || !(await caches.has(INBOX_CACHE))) return [];
  const inbox = await caches.open(INBOX_CACHE);
  const keys = [...(await inbox.keys())].sort((a, b) =>
    a.url < b.url ? -1 : a.url > b.url ? 1 : 0,
  );
  const found = await Promise.all(keys.map((request) => readEntry(inbox, request)));
  return found.filter((entry): entry is SharedEntry => entry !== null);
}

/** Deletes the given files from the inbox (after their import). */
export async function forgetSharedFiles(keys: readonly string[]): Promise<void> {
  if (keys.length === 0 || typeof caches === 'undefined') return;
  const inbox = await caches.open(INBOX_CACHE);
  await Promise.all(keys.map((key) => inbox.delete(key)));
}
