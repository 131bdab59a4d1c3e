import type { BrowserContext, Page } from '@playwright/test';
import chromiumSetup from '../../scripts/chromium.json' with { type: 'json' };
import { expectNoAxeViolations } from './axe';
import { criterion } from './edition';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import type { App } from './page-models';
import { InstallHint } from './page-models/InstallHint';

// Installing the app. Chromium reads the manifest and finds the app
// installable. Once a club has finished an assessment, a calm card offers to
// install: with the browser's own prompt where it makes an offer (here a
// synthetic beforeinstallprompt with a stub prompt()), with Safari's two steps
// on an iPhone; never once installed or dismissed.

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';

/** What the page keeps of the stub prompt. */
type Stub = { promptsShown?: number };

/**
 * Makes Chromium's install offer as the browser does, with a prompt() that
 * counts its calls; true when the app kept the browser's own banner away.
 */
function offerInstall(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const offer = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt: () => {
        const stub = window as unknown as Stub;
        stub.promptsShown = (stub.promptsShown ?? 0) + 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' }),
    });
    dispatchEvent(offer);
    return offer.defaultPrevented;
  });
}

function promptsShown(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as Stub).promptsShown ?? 0);
}

/** Width, height and colour type of a PNG, and whether it has a transparency chunk. */
function readPng(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return {
    size: `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`,
    colourType: png[25],
    transparency: png.includes('tRNS'),
  };
}

/** A new club, an assessment with one light, up to its summary (still a draft). */
async function assessmentToSummary(app: App): Promise<void> {
  await app.createClub({ name: 'Schachfreunde Zeppelinheim' });
  await app.startAssessment();
  await app.assessment.rateAndWait(criterion(0, 0), 'grün');
  await app.assessment.walkToSummary();
}

/** Chromium's own reading of the manifest and of the app's installability. */
async function expectInstallable(context: BrowserContext, baseURL: string): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  await waitForServiceWorkerControl(page);
  const cdp = await context.newCDPSession(page);

  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);

  const { url, errors, manifest } = await cdp.send('Page.getAppManifest');
  expect(url).toBe(`${baseURL}/manifest.webmanifest`);
  // Critical errors and warnings alike.
  expect(errors).toEqual([]);
  expect(manifest.id).toBe(`${baseURL}/`);
  expect(manifest.startUrl).toBe(`${baseURL}/`);
  // Chromium names values by its enums: kStandalone, kNarrow.
  expect(manifest.display).toBe('kStandalone');
  expect(manifest.icons?.map((i) => [i.url, i.sizes])).toEqual([
    [`${baseURL}/icons/icon-192.png`, '192x192'],
    [`${baseURL}/icons/icon-512.png`, '512x512'],
    [`${baseURL}/icons/icon-maskable-512.png`, '512x512'],
  ]);
  expect(
    manifest.screenshots?.map((s) => [s.formFactor, s.image.url, s.image.sizes, s.label]),
  ).toEqual([
    [
      'kNarrow',
      `${baseURL}/screenshots/summary-narrow.png`,
      '720x1480',
      'Die Übersicht einer Einschätzung: jeder Bereich mit seiner Ampel',
    ],
    [
      'kWide',
      `${baseURL}/screenshots/progress-wide.png`,
      '1280x800',
      'Der Fortschritt eines Vereins: jeder Bereich an jedem Treffen',
    ],
  ]);

  // The id names the app for good: the origin's root, whatever the page.
  const { appId } = await cdp.send('Page.getAppId');
  expect(appId).toBe(`${baseURL}/`);
}

test.describe('installing', () => {
  test('Chromium reads the manifest and finds the app installable', async ({
    playwright,
    baseURL,
  }, testInfo) => {
    // Chromium installs nothing from an off-the-record profile, which every
    // other test's context is: this one gets a profile on disk.
    const context = await playwright.chromium.launchPersistentContext(
      testInfo.outputPath('profile'),
      {
        executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
        args: chromiumSetup.args,
        baseURL,
      },
    );
    try {
      await expectInstallable(context, baseURL!);
    } finally {
      await context.close();
    }
  });

  test('the screenshots and the iOS icon are what the manifest and the page say', async ({
    page,
    request,
  }) => {
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
      screenshots: { src: string; sizes: string; type: string }[];
    };
    expect(manifest.screenshots).toHaveLength(2);
    for (const screenshot of manifest.screenshots) {
      const file = await request.get(`/${screenshot.src}`);
      expect(file.ok(), screenshot.src).toBe(true);
      expect(file.headers()['content-type']).toBe(screenshot.type);
      const body = await file.body();
      expect(readPng(body).size, screenshot.src).toBe(screenshot.sizes);
      expect(body.length, screenshot.src).toBeLessThan(150_000);
    }
    // Not precached: they would only make the offline copy larger.
    const worker = await (await request.get('/sw.js')).text();
    expect(worker).toContain('icons/icon-192.png');
    expect(worker).not.toContain('screenshots/');

    // iOS puts the touch icon on the home screen as it is: opaque, 180 px.
    await page.goto('/');
    const link = page.locator('link[rel="apple-touch-icon"]');
    await expect(link).toHaveAttribute('sizes', '180x180');
    const icon = await request.get((await link.getAttribute('href'))!);
    expect(icon.headers()['content-type']).toBe('image/png');
    // Colour type 2 is RGB without alpha; no tRNS chunk makes a colour transparent.
    expect(readPng(await icon.body())).toEqual({
      size: '180x180',
      colourType: 2,
      transparency: false,
    });
  });

  test('the browser’s offer waits for the first finished assessment, then prompts once', async ({
    app,
    page,
  }) => {
    const hint = new InstallHint(page);
    await app.clubList.goto();
    expect(await offerInstall(page)).toBe(true);
    await assessmentToSummary(app);
    await expect(app.summary.finish).toBeVisible();
    await expect(hint.card).toBeHidden();

    await app.summary.finishAnyway();
    await expect(hint.card).toBeVisible();
    await expect(hint.card).toContainText('auch ohne Internet');
    await expect(hint.steps).toHaveCount(0);
    await expectNoAxeViolations(page, 'the summary with the install hint');

    await hint.install.tap();
    await expect(hint.card).toBeHidden();
    expect(await promptsShown(page)).toBe(1);
    await expect(app.summary.heading).toBeFocused();

    // The user has chosen: no hint again, even with a new offer.
    await page.reload();
    await expect(app.summary.heading).toBeVisible();
    expect(await offerInstall(page)).toBe(true);
    await app.summary.backToClub.tap();
    await expect(app.club.assessments).toBeVisible();
    await expect(hint.card).toBeHidden();
    expect(await promptsShown(page)).toBe(0);
  });

  test('an offer after finishing shows the hint on the club’s page; “Nicht jetzt” hides it for good', async ({
    app,
    page,
  }) => {
    const hint = new InstallHint(page);
    await app.clubList.goto();
    await assessmentToSummary(app);
    await app.summary.finishAnyway();
    // No offer from the browser, no hint.
    await expect(hint.card).toBeHidden();
    await app.summary.backToClub.tap();
    await expect(app.club.assessments).toBeVisible();
    await expect(hint.card).toBeHidden();

    // The offer comes late: the hint follows it.
    expect(await offerInstall(page)).toBe(true);
    await expect(hint.card).toBeVisible();
    await expectNoAxeViolations(page, 'the club with the install hint');

    await hint.notNow.tap();
    await expect(hint.card).toBeHidden();
    await expect(app.shell.screenHeading).toBeFocused();
    expect(await promptsShown(page)).toBe(0);

    await page.reload();
    await expect(app.club.assessments).toBeVisible();
    expect(await offerInstall(page)).toBe(true);
    await app.club.assessments.getByRole('link').first().tap();
    await expect(app.summary.heading).toBeVisible();
    await expect(app.summary.reopen).toBeVisible();
    await expect(hint.card).toBeHidden();
  });

  test('the settings offer the browser’s prompt beside the advice to install', async ({
    app,
    page,
  }) => {
    const hint = new InstallHint(page);
    await app.clubList.goto();
    await app.settings.openFromHeader();
    await expect(hint.installApp).toBeHidden();
    expect(await offerInstall(page)).toBe(true);
    await hint.installApp.tap();
    expect(await promptsShown(page)).toBe(1);
    // One offer, one prompt.
    await expect(hint.installApp).toBeHidden();
  });

  test.describe('in Safari on an iPhone', () => {
    test.use({ userAgent: IPHONE_SAFARI });

    test('the hint is Safari’s two steps, and gone once the app runs from the home screen', async ({
      app,
      page,
    }) => {
      const hint = new InstallHint(page);
      await app.clubList.goto();
      await assessmentToSummary(app);
      await expect(hint.card).toBeHidden();
      await app.summary.finishAnyway();

      await expect(hint.card).toBeVisible();
      await expect(hint.install).toHaveCount(0);
      await expect(hint.steps).toHaveText([
        'Tippt in Safari auf „Teilen“ (das Quadrat mit dem Pfeil nach oben).',
        'Wählt dann „Zum Home-Bildschirm“ und tippt auf „Hinzufügen“.',
      ]);
      // The app on the home screen has storage of its own.
      await expect(hint.card).toContainText('eigenen Speicher');
      await expect(hint.toBackup).toHaveAttribute('href', '#/einstellungen');
      await expectNoAxeViolations(page, 'the summary with Safari’s steps');

      // Started from the home screen, Safari says navigator.standalone.
      await page.addInitScript(() =>
        Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }),
      );
      await page.reload();
      await expect(app.summary.reopen).toBeVisible();
      await expect(hint.card).toBeHidden();
    });
  });
});
