// The browser's storage manager: whether our data is kept for good, and how
// much space it uses. Asked once, after the first entry, as browsers expect.
import { getMeta, setMeta } from './meta';
import { isSpaceLow } from '../domain/space';
import { onWriteSettled } from './pending-writes';

export interface StorageStatus {
  /** true, false, or null when the browser cannot tell. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/** What the settings screen shows about storage. */
export async function readStorageStatus(): Promise<StorageStatus> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const persisted = manager?.persisted ? await manager.persisted().catch(() => null) : null;
  const estimate = manager?.estimate ? await manager.estimate().catch(() => null) : null;
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** True when the browser reports little free room for this app's data. */
export async function readSpaceLow(): Promise<boolean> {
  const { usage, quota } = await readStorageStatus().catch(() => ({ usage: null, quota: null }));
  return isSpaceLow(usage, quota);
}

/** Asks for persistent storage; true when granted. */
export async function requestPersistence(): Promise<boolean> {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!manager?.persist) return false;
  return manager.persist().catch(() => false);
}

/** Asks for persistent storage once per device, after the first entry was written. */
let askedThisSession = false;

export async function requestPersistenceOnce(): Promise<void> {
  if (askedThisSession) return;
  askedThisSession = true;
  if (await getMeta('persistenceAsked')) return;
  await setMeta('persistenceAsked', true);
  await requestPersistence();
}

/**
 * Tells the listener whether space is low: now, and again after writes (at
 * most every few seconds, as estimate() is not free). Returns the unsubscribe.
 */
export function watchSpace(onChange: (low: boolean) => void, everyMs = 5000): () => void {
  let alive = true;
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    last = Date.now();
    timer = undefined;
    void readSpaceLow().then((low) => alive && onChange(low));
  };
  check();
  const stop = onWriteSettled(() => {
    if (timer !== undefined) return;
    timer = setTimeout(check, Math.max(0, last + everyMs - Date.now()));
  });
  return () => {
    alive = false;
    stop();
    if (timer !== undefined) clearTimeout(timer);
  };
}
