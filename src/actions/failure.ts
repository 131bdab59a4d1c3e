// A use case whose failures are partly its own (a file refused, an edition in
// use) and partly storage's returns one union of codes: its own, and this one
// for a storage call that threw.
import { problemOf, type StorageProblem } from './outcome';

/** A storage call failed; the problem says how. */
export interface StorageFailure {
  code: 'storage';
  problem: StorageProblem;
}

/** The storage failure behind anything a storage call threw. */
export function storageFailure(error: unknown): StorageFailure {
  return { code: 'storage', problem: problemOf(error) };
}

/**
 * The storage failure behind an error a read threw, when storage can name it
 * (a full disk, a closed connection); null for any other error, which the
 * use case words as its own failure.
 */
export function namedStorageFailure(error: unknown): StorageFailure | null {
  const failure = storageFailure(error);
  return failure.problem === 'write-failed' ? null : failure;
}
