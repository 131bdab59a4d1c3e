// The shared inbox, page side. Files shared to the installed app wait in Cache
// Storage, where the service worker put them (src/sw/receive-shared.ts), until
// the office view has imported them; then they are deleted here. Each entry is
// one file: its bytes, its type, and its name in a header.
import { INBOX_CACHE, NAME_HEADER } from './shared-inbox-names';

/** A file waiting in the inbox, with the key that deletes it. */
export interface SharedFile {
  key: string;
  file: File;
}

function nameOf(header: string | null): string {
  try {
    return decodeURIComponent(header ?? '');
  } catch {
    return header ?? '';
  }
}

/** The waiting files, in the order they were shared; none where there is no inbox. */
export async function listSharedFiles(): Promise<SharedFile[]> {
  // Asking first keeps an empty inbox from being created on every visit.
  if (typeof caches === 'undefined' || !(await caches.has(INBOX_CACHE))) return [];
  const inbox = await caches.open(INBOX_CACHE);
  const keys = [...(await inbox.keys())].sort((a, b) =>
    a.url < b.url ? -1 : a.url > b.url ? 1 : 0,
  );
  const found = await Promise.all(
    keys.map(async (request): Promise<SharedFile | null> => {
      const response = await inbox.match(request);
      if (!response) return null;
      const blob = await response.blob();
      const file = new File([blob], nameOf(response.headers.get(NAME_HEADER)), {
        type: blob.type,
      });
      return { key: request.url, file };
    }),
  );
  return found.filter((entry): entry is SharedFile => entry !== null);
}

/** Deletes the given files from the inbox (after their import). */
export async function forgetSharedFiles(keys: readonly string[]): Promise<void> {
  if (keys.length === 0 || typeof caches === 'undefined') return;
  const inbox = await caches.open(INBOX_CACHE);
  await Promise.all(keys.map((key) => inbox.delete(key)));
}
