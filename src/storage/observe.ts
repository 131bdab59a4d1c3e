// Live queries: the UI subscribes to a storage read and gets it again whenever
// the tables it read change, in this tab or another.
import { liveQuery } from 'dexie';

/** Runs a read now and after every relevant change; returns the unsubscribe. */
export function observe<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
  return () => subscription.unsubscribe();
}
