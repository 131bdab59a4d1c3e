import { brokenFiles, validFiles } from './anonymous-files';
import { expectNoAxeViolations } from './axe';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import type { Page } from '@playwright/test';

// The office receives anonymous files without saving them first: shared to the
// installed app from a mail or messenger app (the manifest's share_target, a
// POST answered by the service worker, offline), or opened with it on the
// desktop (file_handlers, through window.launchQueue). Both end in the import
// of the office view, with its result for each file.

type InputFile = { name: string; mimeType: string; buffer: Buffer };

const asText = (files: InputFile[]) =>
  files.map((f) => ({ name: f.name, type: f.mimeType, text: f.buffer.toString('utf8') }));

/**
 * Posts the files to the share target as Android's share sheet does: a
 * navigation with a multipart form whose field "files" holds them.
 */
async function shareFiles(page: Page, files: InputFile[]): Promise<void> {
  await page.evaluate((list) => {
    const form = document.createElement('form');
    form.method = 'post';
    form.enctype = 'multipart/form-data';
    form.action = '/teilen-empfangen';
    const input = document.createElement('input');
    input.type = 'file';
    input.name = 'files';
    input.multiple = true;
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: f.type }));
    input.files = dt.files;
    form.append(input);
    document.body.append(form);
    form.submit();
  }, asText(files));
}

/** The names of the files still waiting in the shared inbox. */
const waitingInInbox = (page: Page) =>
  page.evaluate(async () => {
    if (!(await caches.has('ampelbogen-geteilt'))) return 0;
    return (await (await caches.open('ampelbogen-geteilt')).keys()).length;
  });

test.describe('receiving files', () => {
  test('three files shared to the app with the network off are imported', async ({
    app,
    page,
    context,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    await shareFiles(page, validFiles().slice(0, 3));

    await expect(office.heading).toBeVisible();
    await expect(page.getByText('3 Dateien über „Teilen“ empfangen.')).toBeVisible();
    await expect(office.importStatus).toHaveText('3 übernommen, 0 schon vorhanden, 0 abgelehnt.');
    await office.openDisclosure('Ergebnis je Datei (3)');
    for (const name of ['rueckmeldung-1.json', 'rueckmeldung-2.json', 'rueckmeldung-3.json'])
      await expect(page.locator('.file-report').filter({ hasText: name })).toContainText(
        'übernommen',
      );
    const stored = page.getByRole('heading', { name: 'Übernommene Rückmeldungen (3)' });
    await expect(stored).toBeVisible();
    await expectNoAxeViolations(page, 'the office view after a share');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    // The inbox is empty, and the address no longer says "shared": a reload imports nothing.
    await expect.poll(() => waitingInInbox(page)).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#/auswertung');
    await page.reload();
    await expect(stored).toBeVisible();
    await expect(page.getByText(/über „Teilen“ empfangen/)).toHaveCount(0);
    await expect(office.importStatus).toHaveCount(0);
  });

  test('a damaged file among the shared ones gets its reason, the others are taken', async ({
    app,
    page,
    context,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    const damaged = brokenFiles[0]!;

    await shareFiles(page, [...validFiles().slice(0, 2), damaged.file]);

    await expect(page.getByText('3 Dateien über „Teilen“ empfangen.')).toBeVisible();
    await expect(office.importStatus).toHaveText('2 übernommen, 0 schon vorhanden, 1 abgelehnt.');
    const item = office.notAdded.getByRole('listitem').filter({ hasText: damaged.file.name });
    await expect(item).toContainText('abgelehnt');
    await expect(item).toContainText(damaged.reason);
    await expect.poll(() => waitingInInbox(page)).toBe(0);
  });

  test('a shared file too large for an anonymous file is refused by name as too large', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    const large = brokenFiles[4]!;

    await shareFiles(page, [
      validFiles()[0]!,
      { ...large.file, mimeType: 'application/octet-stream' },
    ]);

    await expect(office.importStatus).toHaveText('1 übernommen, 0 schon vorhanden, 1 abgelehnt.');
    const item = office.notAdded.getByRole('listitem').filter({ hasText: large.file.name });
    await expect(item).toContainText('Die Datei ist zu groß (höchstens 64 KB).');
    await expect.poll(() => waitingInInbox(page)).toBe(0);
  });

  test('the note on received files is announced: its live region is there before it', async ({
    app,
    page,
  }) => {
    // The launch queue keeps its consumer, so the test hands files over while
    // the office view is already open.
    const files = asText(validFiles().slice(0, 2));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: {
          setConsumer: (consumer: unknown) => Object.assign(window, { launchConsumer: consumer }),
        },
      });
    });
    await app.office.open('#/auswertung');
    await expect(app.office.heading).toBeVisible();
    const region = page.locator('.office-import > .status-line [role="status"]');
    await expect(region).toBeAttached();
    await expect(region).toHaveText('');
    await expect.poll(() => page.evaluate(() => 'launchConsumer' in window)).toBe(true);

    await page.evaluate((list) => {
      const consumer = (window as unknown as { launchConsumer: (p: unknown) => void })
        .launchConsumer;
      const handles = list.map((f) => ({
        kind: 'file',
        name: f.name,
        getFile: async () => new File([f.text], f.name, { type: f.type }),
      }));
      consumer({ files: handles });
    }, files);

    await expect(region).toHaveText('2 Dateien mit dem Ampelbogen geöffnet.');
    await expect(app.office.importStatus).toHaveText(
      '2 übernommen, 0 schon vorhanden, 0 abgelehnt.',
    );
  });

  test('says nothing of the inbox when it cannot be read but nothing was shared', async ({
    app,
    page,
  }) => {
    // As in some browsers' private modes: Cache Storage is there, but fails.
    await page.addInitScript(() => {
      const asked = () => {
        sessionStorage.setItem(
          'inbox-asked',
          String(Number(sessionStorage.getItem('inbox-asked')) + 1),
        );
        return Promise.reject(new DOMException('no caches here', 'SecurityError'));
      };
      Object.defineProperty(caches, 'has', { configurable: true, value: asked });
    });
    const unreadable = page.getByRole('alert').filter({
      hasText: 'Die über „Teilen“ empfangenen Dateien lassen sich nicht lesen.',
    });

    await app.office.open('#/auswertung');
    await expect(app.office.heading).toBeVisible();
    await expect.poll(() => page.evaluate(() => sessionStorage.getItem('inbox-asked'))).toBe('1');
    await expect(unreadable).toHaveCount(0);

    // After a real share, the same failure is worth saying.
    await page.goto('/?geteilt=2#/auswertung');
    await expect(unreadable).toBeVisible();
  });

  test('shared files stay in the inbox when their import fails, and are taken on the next visit', async ({
    app,
    page,
    context,
  }) => {
    // The office database cannot be opened while the flag is set, as when the
    // browser refuses storage: the import fails as a whole.
    await page.addInitScript(() => {
      const open = indexedDB.open.bind(indexedDB);
      indexedDB.open = (name: string, version?: number) => {
        if (name === 'ampelbogen-auswertung' && sessionStorage.getItem('break-office') === '1')
          throw new DOMException('refused for the test', 'UnknownError');
        return open(name, version);
      };
    });
    const { office } = app;
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    await page.evaluate(() => sessionStorage.setItem('break-office', '1'));

    await shareFiles(page, validFiles().slice(0, 3));

    await expect(office.heading).toBeVisible();
    await expect(
      page.getByRole('alert').filter({
        hasText: 'Die über „Teilen“ empfangenen Dateien konnten nicht übernommen werden.',
      }),
    ).toBeVisible();
    expect(await waitingInInbox(page)).toBe(3);

    await page.evaluate(() => sessionStorage.removeItem('break-office'));
    await page.reload();
    await expect(page.getByText('3 Dateien über „Teilen“ empfangen.')).toBeVisible();
    await expect(office.importStatus).toHaveText('3 übernommen, 0 schon vorhanden, 0 abgelehnt.');
    await expect.poll(() => waitingInInbox(page)).toBe(0);
  });

  test('says so when the service worker could not keep the shared files', async ({ app, page }) => {
    // The address the service worker sends the page to when it could not keep the files.
    await page.goto('/?geteilt=fehler#/auswertung');
    await expect(app.office.heading).toBeVisible();
    await expect(
      page.getByRole('alert').filter({
        hasText: 'Die geteilten Dateien konnten nicht angenommen werden',
      }),
    ).toContainText('wählt sie hier mit „Dateien auswählen“ aus');
    expect(new URL(page.url()).search).toBe('');
  });

  test('files the app is opened with ("Öffnen mit") are imported', async ({ app, page }) => {
    // Chromium fills window.launchQueue only for an installed app launched with
    // files, which a test cannot do; this stands in for the browser's queue
    // and exercises the app's own wiring from the consumer to the import.
    const files = asText([...validFiles().slice(0, 2), brokenFiles[1]!.file]);
    await page.addInitScript((list) => {
      const handles = list.map((f) => ({
        kind: 'file',
        name: f.name,
        getFile: async () => new File([f.text], f.name, { type: f.type }),
      }));
      Object.defineProperty(window, 'launchQueue', {
        configurable: true,
        value: {
          setConsumer: (consumer: (params: unknown) => void) => consumer({ files: handles }),
        },
      });
    }, files);
    const { office } = app;
    await page.goto('/');

    await expect(office.heading).toBeVisible();
    await expect(page.getByText('3 Dateien mit dem Ampelbogen geöffnet.')).toBeVisible();
    await expect(office.importStatus).toHaveText('2 übernommen, 0 schon vorhanden, 1 abgelehnt.');
    await expect(
      office.notAdded.getByRole('listitem').filter({ hasText: brokenFiles[1]!.file.name }),
    ).toContainText(brokenFiles[1]!.reason);
  });
});
