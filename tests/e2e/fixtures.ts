import { test as base, expect, type Page } from '@playwright/test';
import { App } from './page-models';

// Every test gets a fresh context (Playwright's default), a fixed "today" and
// the app's page models. setFixedTime only pins Date; timers, IndexedDB and the
// service worker keep running on real time.

/** The moment the tests live in: Saturday, 14 March 2026, 10:00 in Berlin. */
export const NOW = new Date('2026-03-14T10:00:00+01:00');
export const TODAY_ISO = '2026-03-14';
export const TODAY_GERMAN = '14.03.2026';

export const test = base.extend<{ app: App }>({
  page: async ({ page }, use) => {
    await page.clock.setFixedTime(NOW);
    await use(page);
  },
  app: async ({ page }, use) => {
    await use(new App(page));
  },
});

export { expect };

/**
 * Waits until the service worker controls the page. The first visit only
 * installs it (registerType "prompt" does not claim clients), so the page is
 * reloaded once the worker is ready.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none'))
    .toBe('activated');
}

/**
 * Asks the browser to look for a new service worker now, as the app does when
 * it comes back to the foreground. A failed check (a dropped connection) is
 * simply tried again.
 */
export async function checkForUpdate(page: Page): Promise<void> {
  await expect(async () => {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  }).toPass({ timeout: 20_000 });
}

/**
 * Opens the app, waits until the service worker controls it, then cuts the
 * network and reloads: everything after this runs offline, as at a meeting
 * without reception.
 */
export async function openOffline(page: Page): Promise<void> {
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
  await page.reload();
}
