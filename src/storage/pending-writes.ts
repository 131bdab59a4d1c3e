// Writes that have been issued but not yet committed. Before the app reloads
// itself (to apply an update), it waits for these, so no tap is lost. Every
// read-write transaction of both databases is tracked by the Dexie middleware
// below (connection.ts installs it), so no caller can forget it.
import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';

const pending = new Set<Promise<unknown>>();
const settledListeners = new Set<() => void>();

/** Tracks a write until it settles. */
function trackWrite(write: Promise<unknown>): void {
  pending.add(write);
  const forget = () => {
    pending.delete(write);
    for (const listener of settledListeners) listener();
  };
  write.then(forget, forget);
}

/** The native transaction under Dexie's core (IndexedDB's IDBTransaction). */
function isEventTarget(tx: DBCoreTransaction): tx is DBCoreTransaction & EventTarget {
  return typeof (tx as Partial<EventTarget>).addEventListener === 'function';
}

/** Resolves when a transaction has ended, committed or aborted. */
function ended(tx: EventTarget): Promise<void> {
  return new Promise((resolve) => {
    tx.addEventListener('complete', () => resolve());
    tx.addEventListener('abort', () => resolve());
  });
}

/**
 * Dexie middleware: every read-write transaction, explicit (`db.transaction`)
 * or implicit (a lone `table.put`), is tracked from the moment IndexedDB
 * creates it until it ends.
 */
export const trackWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'track-writes',
  create: (down) => ({
    ...down,
    transaction(stores, mode, options) {
      const tx = down.transaction(stores, mode, options);
      if (mode === 'readwrite' && isEventTarget(tx)) trackWrite(ended(tx));
      return tx;
    },
  }),
};

/** Calls the listener after every tracked write settles (e.g. to look at free space again). */
export function onWriteSettled(listener: () => void): () => void {
  settledListeners.add(listener);
  return () => {
    settledListeners.delete(listener);
  };
}

/**
 * Resolves when every write issued so far has settled. Dexie creates a
 * transaction a few microtasks after the call that asks for it, so one turn
 * of the event loop comes first: a write issued in this very task counts too.
 */
export async function allWritesSettled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
