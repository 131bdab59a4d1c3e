// Where files shared to the installed app wait for the office view. The
// manifest's share_target posts them to SHARE_ACTION; the service worker
// (src/sw/sw.ts) keeps each one in the cache INBOX_CACHE, under a key below
// INBOX_PATH (its name in the key's last part as well, so that even an entry
// that can no longer be read is refused by name), its name in NAME_HEADER,
// and sends the page to the office view with SHARED_MARKER in the query;
// shared-inbox.ts takes them out. Plain constants, shared by the page, the
// service worker and the build.

/**
 * The share target's action: a POST here is answered by the service worker.
 * Without one in control, the shipped nginx rules answer it with a redirect
 * to sharedOfficeAddress(SHARED_FAILED) (deploy/nginx/ampelbogen-static.conf;
 * keep both in sync, a unit test compares them).
 */
export const SHARE_ACTION = '/teilen-empfangen';
/** The cache that holds shared files until the office view has imported them. */
export const INBOX_CACHE = 'ampelbogen-geteilt';
/** The path below which each kept file has its key. */
export const INBOX_PATH = '/geteilt/';
/** The header that carries a kept file's name (URI-encoded). */
export const NAME_HEADER = 'x-ampelbogen-name';
/**
 * The header of an entry kept without its content, because the file is larger
 * than any anonymous file may be: its size in bytes. The import refuses it.
 */
export const TOO_LARGE_HEADER = 'x-ampelbogen-zu-gross';
/** The query parameter of the office address after a share: the count, or "fehler". */
export const SHARED_MARKER = 'geteilt';
/** The marker's value when the service worker could not keep the shared files. */
export const SHARED_FAILED = 'fehler';

/** The office view's address after a share (path, query and hash), with the count or SHARED_FAILED. */
export function sharedOfficeAddress(marker: string): string {
  return `/?${SHARED_MARKER}=${marker}#/auswertung`;
}
