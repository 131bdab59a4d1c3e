import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

// The start screen is prerendered in German and paints before any script. A
// phone set to another language must not see German first and then its own:
// there the page waits for the script, then shows the start screen in its
// language. Its scripts are held back here, to look at the page before it.

/** Holds every request for a script of the app until release() is called. */
async function holdEntryScript(page: Page): Promise<() => void> {
  const held: Route[] = [];
  let released = false;
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    if (released) await route.continue();
    else held.push(route);
  });
  return () => {
    released = true;
    for (const route of held.splice(0)) void route.continue();
  };
}

const visibility = (page: Page) =>
  page.locator('#app').evaluate((el) => getComputedStyle(el).visibility);

test.describe('a phone set to German', () => {
  test('shows the prerendered start screen before the script', async ({ page }) => {
    const release = await holdEntryScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('#app h1').waitFor({ state: 'attached' });
    expect(await visibility(page)).toBe('visible');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Eure Vereine und Gruppen');
    release();
  });
});

test.describe('a phone set to English', () => {
  test.use({ locale: 'en-US' });

  test('shows no German before the script, then the start screen in English', async ({ page }) => {
    const release = await holdEntryScript(page);
    await page.goto('/', { waitUntil: 'commit' });
    await page.locator('#app h1').waitFor({ state: 'attached' });
    expect(await visibility(page)).toBe('hidden');
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your clubs and groups');
    expect(await visibility(page)).toBe('visible');
    await expect(page.locator('html')).not.toHaveAttribute('data-waiting');
  });
});
