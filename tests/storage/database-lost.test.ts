// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { AmpelbogenDb, setDatabase } from '../../src/storage/db';
import { createClub } from '../../src/storage/clubs';
import { acknowledgeDatabaseLost } from '../../src/storage/database-loss';
import {
  classifyStorageError,
  isDatabaseLost,
  onStorageProblem,
  resetStorageSession,
  StorageValidationError,
} from '../../src/storage/errors';

// Chromium deletes a database that a full disk damaged, and the app then
// finds an empty one. It must say so instead of showing an empty app as if
// nothing had happened. (jsdom gives the localStorage the mark lives in.)

afterEach(resetStorageSession);

const fields = { name: 'Chor', category: 'kultur', sizeBand: 'bis-20' } as const;

describe('a database the browser deleted', () => {
  it('is told apart from a first start, and reported to the app', async () => {
    const name = `lost-${Math.random().toString(36).slice(2)}`;
    const first = new AmpelbogenDb(name);
    setDatabase(first);
    await createClub(fields);
    expect(isDatabaseLost()).toBe(false);
    first.close();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });

    const heard: string[] = [];
    const stop = onStorageProblem((p) => heard.push(p));
    const again = new AmpelbogenDb(name);
    setDatabase(again);
    expect(await again.clubs.count()).toBe(0);
    expect(isDatabaseLost()).toBe(true);
    expect(heard).toEqual(['database-lost']);
    expect(classifyStorageError(new StorageValidationError('assessment missing'))).toBe(
      'database-lost',
    );
    // A screen that subscribes later hears of it too.
    const late: string[] = [];
    onStorageProblem((p) => late.push(p))();
    expect(late).toEqual(['database-lost']);
    stop();

    // The next start says it again, until the user has seen it.
    resetStorageSession();
    setDatabase(new AmpelbogenDb(name));
    expect(isDatabaseLost()).toBe(true);
    acknowledgeDatabaseLost(name);
    expect(isDatabaseLost()).toBe(false);
    resetStorageSession();
    setDatabase(new AmpelbogenDb(name));
    expect(isDatabaseLost()).toBe(false);
  });

  it('is told apart within a session, when the browser deletes it under the open app', async () => {
    const name = `evicted-${Math.random().toString(36).slice(2)}`;
    const db = new AmpelbogenDb(name);
    setDatabase(db);
    await createClub(fields);
    localStorage.clear(); // the browser may take this too: the session still knows
    // Chromium closes the connection and deletes the origin's data; Dexie
    // reacts to the forced close like this, and reopens on the next call.
    db.close({ disableAutoOpen: false });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect(await db.clubs.count()).toBe(0);
    expect(isDatabaseLost()).toBe(true);
  });

  it('is not reported on a device that never had the database', async () => {
    const db = new AmpelbogenDb(`new-${Math.random().toString(36).slice(2)}`);
    setDatabase(db);
    await createClub(fields);
    expect(isDatabaseLost()).toBe(false);
  });
});
