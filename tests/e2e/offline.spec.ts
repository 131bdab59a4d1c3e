import { area, criterion, totalCriteria } from './edition';
import { expect, test, waitForServiceWorkerControl } from './fixtures';

// After the first visit the app starts and saves with no network at all; the
// manifest makes it installable.

/** Width and height of a PNG, read from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

test.describe('offline', () => {
  test('starts, shows the data and saves new taps without a network', async ({
    app,
    page,
    context,
  }) => {
    await app.clubList.goto();
    // "Ready offline" is a line in the page that covers nothing and goes by itself.
    await expect(app.clubList.offlineReady).toBeVisible();
    expect(
      await app.clubList.offlineReady.evaluate((el) => {
        for (let e: Element | null = el; e; e = e.parentElement)
          if (['fixed', 'sticky', 'absolute'].includes(getComputedStyle(e).position)) return true;
        return false;
      }),
    ).toBe(false);
    await expect(app.clubList.offlineReady).toBeHidden({ timeout: 15_000 });
    await waitForServiceWorkerControl(page);
    await expect(app.clubList.emptyState).toBeVisible();
    await app.createClub({ name: 'Seniorentreff Buchenbusch' });
    await app.startAssessment();
    await app.assessment.rateAndWait(criterion(0, 0), 'grün');

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Nothing outside the precache is reachable now.
    expect(
      await page.evaluate(() =>
        fetch('/__test__/ping').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');

    await page.reload();
    const { assessment } = app;
    await assessment.expectArea(area(0).title);
    await expect(assessment.light(criterion(0, 0), 'grün')).toBeChecked();
    await assessment.rateAndWait(criterion(0, 1), 'gelb');
    await assessment.openDetails(criterion(0, 1));
    await assessment.note(criterion(0, 1)).fill('Im Funkloch notiert');
    await expect(assessment.saved(criterion(0, 1))).toBeVisible();
    await assessment.expectOverall(2, totalCriteria);

    // A cold start offline at another address works as well.
    await page.goto('/#/');
    await expect(app.clubList.club('Seniorentreff Buchenbusch')).toContainText(
      '1 Einschätzung · Entwurf',
    );
    await app.clubList.club('Seniorentreff Buchenbusch').tap();
    await app.club.resume.tap();
    await assessment.expectArea(area(0).title);
    await expect(assessment.light(criterion(0, 1), 'gelb')).toBeChecked();
    await expect(assessment.note(criterion(0, 1))).toHaveValue('Im Funkloch notiert');

    // The settings screen loads lazily; it must be in the precache too.
    await app.settings.openFromHeader();
    await expect(app.settings.defaultBadge).toBeVisible();
  });

  test('the manifest makes the app installable', async ({ page, request }) => {
    await page.goto('/');
    await expect(page.locator('link[rel="manifest"]')).toHaveAttribute(
      'href',
      '/manifest.webmanifest',
    );

    const response = await request.get('/manifest.webmanifest');
    expect(response.ok()).toBe(true);
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      display: string;
      start_url: string;
      lang: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({
      name: 'Ampelbogen Neu-Isenburg',
      short_name: 'Ampelbogen',
      display: 'standalone',
      start_url: '/',
      lang: 'de',
    });
    const sizes = manifest.icons.map((i) => i.sizes);
    expect(sizes).toContain('192x192');
    expect(sizes).toContain('512x512');
    expect(manifest.icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);

    // Every icon is a PNG of the size it claims.
    for (const icon of manifest.icons) {
      const file = await request.get(new URL(icon.src, 'http://localhost/').pathname);
      expect(file.ok(), icon.src).toBe(true);
      expect(file.headers()['content-type']).toBe('image/png');
      const { width, height } = pngSize(await file.body());
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });
});
