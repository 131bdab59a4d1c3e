// What every use case returns: its value, or a code the UI turns into words.
// Use cases never throw for a failure the user can meet; a storage call that
// throws becomes the storage problem it stands for.
import { classifyStorageError, type StorageProblem } from '../storage/errors';

export type { StorageProblem };

/** A use case's result: its value, or a code for what went wrong. */
export type Outcome<T, E = StorageProblem> = { ok: true; value: T } | { ok: false; error: E };

/** The storage problem behind anything a storage call threw. */
export function problemOf(error: unknown): StorageProblem {
  return classifyStorageError(error);
}

/** Runs storage work and returns its value, or the storage problem it threw. */
export async function attempt<T>(work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: problemOf(error) };
  }
}
