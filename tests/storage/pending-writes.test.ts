import { afterEach, describe, expect, it } from 'vitest';
import { allWritesSettled, onWriteSettled } from '../../src/storage/pending-writes';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import { deleteOfficeFile } from '../../src/storage/office-files';
import { freshDatabase } from './helpers';

// The update banner reloads the app only after allWritesSettled(). Every
// read-write transaction counts, also one that no storage function wrapped:
// the tracking sits in the database layer, not at the call sites.

/**
 * Holds a read-write lock on one store through a connection of its own,
 * opened with the IndexedDB API alone (so not tracked), until released.
 * Writes of the app to that store wait behind it.
 */
async function holdStore(dbName: string, store: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let held = true;
  const tx = db.transaction(store, 'readwrite');
  const keepBusy = () => {
    if (held) tx.objectStore(store).count().onsuccess = keepBusy;
  };
  keepBusy();
  const done = new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
  return async () => {
    held = false;
    await done;
    db.close();
  };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a promise has settled by now. */
function watch(promise: Promise<unknown>) {
  const state = { settled: false };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

describe('allWritesSettled', () => {
  it('waits for a raw table write that no storage function made', async () => {
    const db = freshDatabase();
    await db.open();
    const release = await holdStore(db.name, 'meta');
    cleanup = release;

    const put = watch(db.meta.put({ key: 'lastBackupAt', value: '2026-03-01T09:00:00.000Z' }));
    const settled = watch(allWritesSettled());
    await tick(50);
    expect(put.settled).toBe(false);
    expect(settled.settled).toBe(false);

    await release();
    cleanup = null;
    await allWritesSettled();
    await expect.poll(() => put.settled).toBe(true);
    expect((await db.meta.get('lastBackupAt'))?.value).toBe('2026-03-01T09:00:00.000Z');
  });

  it('waits for a write of the office database', async () => {
    freshDatabase();
    const office = new OfficeDb(`office-${Math.random().toString(36).slice(2)}`);
    setOfficeDatabase(office);
    await office.open();
    const release = await holdStore(office.name, 'files');
    cleanup = async () => {
      await release();
      office.close();
    };

    const removal = watch(deleteOfficeFile('no-such-file'));
    const settled = watch(allWritesSettled());
    await tick(50);
    expect(removal.settled).toBe(false);
    expect(settled.settled).toBe(false);

    await release();
    await allWritesSettled();
    await expect.poll(() => removal.settled).toBe(true);
  });

  it('tells listeners after each write, and not after a read', async () => {
    const db = freshDatabase();
    await db.open();
    await allWritesSettled();
    let heard = 0;
    const stop = onWriteSettled(() => (heard += 1));
    await db.clubs.toArray();
    await allWritesSettled();
    expect(heard).toBe(0);
    await db.meta.put({ key: 'persistenceAsked', value: true });
    await expect.poll(() => heard).toBe(1);
    stop();
  });
});
