// What can go wrong when the app writes, as a small closed set the UI can put
// into words. Dexie wraps native errors (e.g. an AbortError whose inner error is
// a QuotaExceededError), so the whole chain is inspected.

export type StorageProblem =
  'quota' | 'blocked' | 'version-change' | 'unavailable' | 'write-failed' | 'edition-missing';

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

/** Classifies any error thrown by a storage call. */
export function classifyStorageError(error: unknown): StorageProblem {
  const names = new Set(namesInChain(error));
  if (names.has('QuotaExceededError')) return 'quota';
  if (names.has('VersionChangeError') || names.has('DatabaseClosedError')) return 'version-change';
  if (names.has('BlockedError')) return 'blocked';
  if (names.has('MissingAPIError') || names.has('InvalidStateError')) return 'unavailable';
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

/** Lets the app shell show database-wide problems (blocked upgrade, closed by another tab). */
export function onStorageProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Reports a problem to every listener. */
export function reportStorageProblem(problem: StorageProblem): void {
  for (const listener of listeners) listener(problem);
}
