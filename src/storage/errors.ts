// What can go wrong when the app writes, as a small closed set the UI can put
// into words. Dexie wraps native errors (e.g. an AbortError whose inner error is
// a QuotaExceededError), so the whole chain is inspected. Two facts that no
// single error carries are kept here for the session: another tab upgraded the
// database (this tab stepped aside), and the browser deleted the database.

export type StorageProblem =
  | 'quota'
  | 'blocked'
  | 'version-change'
  | 'closed'
  | 'database-lost'
  | 'unavailable'
  | 'write-failed'
  | 'edition-missing';

interface ErrorLike {
  name?: unknown;
  inner?: unknown;
  cause?: unknown;
}

function namesInChain(error: unknown): string[] {
  const names: string[] = [];
  let cursor: unknown = error;
  for (let depth = 0; depth < 6 && cursor && typeof cursor === 'object'; depth += 1) {
    const e = cursor as ErrorLike;
    if (typeof e.name === 'string') names.push(e.name);
    cursor = e.inner ?? e.cause;
  }
  return names;
}

const session = { versionChanged: false, databaseLost: false };

/** This tab closed its connection so that another tab could upgrade: only a reload helps. */
export function markVersionChanged(): void {
  session.versionChanged = true;
}

/** True after another tab's upgrade closed this tab's connection. */
export function hasVersionChanged(): boolean {
  return session.versionChanged;
}

/** The browser deleted the database that held data (seen when it had to be created again). */
export function markDatabaseLost(): void {
  session.databaseLost = true;
  reportStorageProblem('database-lost');
}

/** The user has seen the loss, or restored a backup: writes fail for their own reasons again. */
export function forgetDatabaseLost(): void {
  session.databaseLost = false;
  for (const listener of resolvedListeners) listener('database-lost');
}

/** True once this session found the database deleted by the browser. */
export function isDatabaseLost(): boolean {
  return session.databaseLost;
}

/** Forgets both facts; tests start each case from a clean session. */
export function resetStorageSession(): void {
  session.versionChanged = false;
  session.databaseLost = false;
}

// Names of errors that mean "the connection is gone or could not be opened":
// a forced close, a failed (re)open, Chromium's internal errors on a full or
// damaged disk, or a transaction on a connection that is closing.
const CLOSED = ['DatabaseClosedError', 'OpenFailedError', 'UnknownError', 'InvalidStateError'];

/** Classifies any error thrown by a storage call. */
export function classifyStorageError(error: unknown): StorageProblem {
  const names = new Set(namesInChain(error));
  if (names.has('QuotaExceededError')) return 'quota';
  if (names.has('VersionChangeError') || session.versionChanged) return 'version-change';
  // The rows a write needs are gone because the whole database is.
  if (session.databaseLost && names.has('StorageValidationError')) return 'database-lost';
  if (names.has('BlockedError')) return 'blocked';
  if (names.has('MissingAPIError')) return 'unavailable';
  if (CLOSED.some((name) => names.has(name))) return 'closed';
  if (names.has('EditionMissingError')) return 'edition-missing';
  return 'write-failed';
}

/** Thrown by storage functions when a caller hands in data that must not be kept. */
export class StorageValidationError extends Error {
  override name = 'StorageValidationError';
}

/** Thrown when an assessment would use an edition that is no longer on the device. */
export class EditionMissingError extends StorageValidationError {
  override name = 'EditionMissingError';
}

type Listener = (problem: StorageProblem) => void;
const listeners = new Set<Listener>();
const resolvedListeners = new Set<Listener>();

/** Tells the listener when a reported problem is over (a deleted database restored). */
export function onStorageProblemResolved(listener: Listener): () => void {
  resolvedListeners.add(listener);
  return () => {
    resolvedListeners.delete(listener);
  };
}

/**
 * Lets the app shell show database-wide problems (blocked upgrade, closed by
 * another tab, database deleted). A listener that subscribes after the
 * database was found deleted hears of it at once.
 */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  if (session.databaseLost) listener('database-lost');
  return () => {
    listeners.delete(listener);
  };
}

/** Reports a problem to every listener. */
export function reportStorageProblem(problem: StorageProblem): void {
  for (const listener of listeners) listener(problem);
}
