// The anonymous file's size cap on its own, without the format's schema: the
// service worker needs only this number (src/sw/receive-shared.ts), and its
// bundle stays small.

/** A file of 600 lights is under 30 KB; a larger file is not an anonymous file. */
export const MAX_ANONYMOUS_BYTES = 64 * 1024;
