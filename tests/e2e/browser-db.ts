import type { Page } from '@playwright/test';

// Direct looks into the app's IndexedDB ("ampelbogen"), with the browser's own
// API: what is committed, and a way to hold a write back for a moment.

/** An answer row as the app stores it. */
export interface StoredAnswer {
  assessmentId: string;
  criterionId: string;
  rating?: string;
  note?: string;
}

/** A measure row as IndexedDB holds it. */
export interface StoredMeasure {
  id: string;
  criterionId: string;
  text: string;
  who?: string;
  due?: string;
  status: 'open' | 'done';
}

/** Every committed row of one table. */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('ampelbogen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

/**
 * Opens a read-write transaction on "answers" and keeps it alive until the
 * returned function is called. Every save of the app queues behind it, so a
 * test can look at the screen while a write is still in flight.
 */
export async function holdAnswersTable(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const flags = window as unknown as { __e2eRelease?: () => void };
        const open = indexedDB.open('ampelbogen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('answers', 'readwrite');
          const store = tx.objectStore('answers');
          let released = false;
          flags.__e2eRelease = () => {
            released = true;
          };
          // A request whose callback issues the next one keeps the transaction open.
          const spin = () => {
            if (!released) store.count().onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          resolve();
        };
      }),
  );
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { __e2eRelease?: () => void }).__e2eRelease?.();
    });
  };
}
