// Live reads: a screen subscribes to a read of the application layer and gets
// it again whenever the tables it read change, in this tab or another. Errors
// arrive as storage problems, ready to be put into words.
import { observe } from '../storage/observe';
import { problemOf, type StorageProblem } from './outcome';

/** Runs a read now and after every relevant change; returns the unsubscribe. */
export function watch<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (problem: StorageProblem) => void,
): () => void {
  return observe(read, onValue, (error) => onError(problemOf(error)));
}
