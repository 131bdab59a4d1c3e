import type { de } from './de/core';
import type { deFiles } from './de/files';

// The shapes every catalog has: the German reference's. Each language's
// catalogs are typed by these, so the compiler finds a missing key.

/** The first screens' texts. */
export type Messages = typeof de;
/** The texts of the parts that load on demand. */
export type FileMessages = typeof deFiles;
