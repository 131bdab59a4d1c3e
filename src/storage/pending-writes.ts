// Writes that have been issued but not yet committed. Before the app reloads
// itself (to apply an update), it waits for these, so no tap is lost.

const pending = new Set<Promise<unknown>>();
const settledListeners = new Set<() => void>();

/** Tracks a write until it settles; returns the same promise. */
export function trackWrite<T>(write: Promise<T>): Promise<T> {
  pending.add(write);
  const forget = () => {
    pending.delete(write);
    for (const listener of settledListeners) listener();
  };
  write.then(forget, forget);
  return write;
}

/** Calls the listener after every tracked write settles (e.g. to look at free space again). */
export function onWriteSettled(listener: () => void): () => void {
  settledListeners.add(listener);
  return () => {
    settledListeners.delete(listener);
  };
}

/** Resolves when every write issued so far has settled. */
export async function allWritesSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
