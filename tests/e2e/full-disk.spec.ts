import { readFile } from 'node:fs/promises';
import { criterion } from './edition';
import { waitForServiceWorkerControl } from './fixtures';
import { expect, test, type FullDisk } from './full-disk';
import { literal, startsWith } from './page-models/text';

// What Chromium does today when the disk is really full (a tmpfs filled to
// the last byte, see full-disk.ts). These tests pin the browser's behaviour
// the app has to live with, not a wish: reads and downloads keep working
// until a write fails, and the failed commit is reported. Then Chromium makes
// room by evicting the least recently used origin: the app's own, when it is
// the only one (all its storage is gone at once), or an older site's. In the
// latter case the app's database keeps a torn record in its log; once more
// is written behind it, Chromium deletes the database as corrupt the next
// time it opens it.

const CLUB = 'TSV Vollspeicher';
const QUOTA = 'Der Speicher des Geräts ist voll.';
const WRITE_FAILED = 'Speichern hat nicht geklappt.';

test.setTimeout(120_000);

/** The app with one club, one assessment and one saved light. */
async function prepare(disk: FullDisk): Promise<void> {
  const { app, page } = disk;
  await app.clubList.goto();
  await waitForServiceWorkerControl(page);
  await app.createClub({ name: CLUB });
  await app.startAssessment();
  await app.assessment.rateAndWait(criterion(0, 0), 'grün');
}

/**
 * Rates the next criteria of area 1, the disk filled before each tap, until a
 * write fails; returns that criterion. A small commit may still fit into the
 * last, partly used page of the database's log, so the first tap may succeed.
 */
async function tapUntilAWriteFails(disk: FullDisk): Promise<string> {
  const { assessment } = disk.app;
  for (let index = 1; index < 7; index += 1) {
    await disk.fill();
    const text = criterion(0, index);
    await assessment.rate(text, 'gelb');
    const line = assessment.card(text).locator('[data-save-state]');
    await expect(line).toHaveAttribute('data-save-state', /^(saved|error)$/);
    if ((await line.getAttribute('data-save-state')) === 'error') return text;
  }
  throw new Error('No tap on the full disk failed.');
}

/** Room the browser says the origin has left, in bytes. */
async function headroom(disk: FullDisk): Promise<number> {
  return disk.page.evaluate(async () => {
    const { quota = 0, usage = 0 } = await navigator.storage.estimate();
    return quota - usage;
  });
}

test.describe('a full disk', () => {
  test('still lets the app read, estimate() does not notice, a backup downloads', async ({
    fullDisk,
  }) => {
    const { app } = fullDisk;
    await prepare(fullDisk);
    const before = await headroom(fullDisk);

    await fullDisk.fill();
    expect(await fullDisk.available()).toBe(0);
    // Chromium reports the same room as before, at least 1 GiB on an 8 MiB disk.
    expect(await headroom(fullDisk)).toBe(before);
    expect(before).toBeGreaterThanOrEqual(2 ** 30);

    // Reading: the club list comes from IndexedDB.
    await app.clubList.goHome();
    await expect(app.clubList.club(CLUB)).toBeVisible();

    // The backup reads every table and hands the file to the downloads folder,
    // which is not on the full disk.
    await app.settings.openFromHeader();
    const download = await app.backup.createBackup();
    expect(await download.failure()).toBeNull();
    const path = await download.path();
    expect(path.startsWith(fullDisk.downloadsDir)).toBe(true);
    const backup = JSON.parse(await readFile(path, 'utf8')) as { clubs: { name: string }[] };
    expect(backup.clubs.map((c) => c.name)).toEqual([CLUB]);
  });

  test('fails a write, keeps the light on screen; the data saved before is gone after a restart', async ({
    fullDisk,
  }) => {
    const { assessment } = fullDisk.app;
    await prepare(fullDisk);
    const failed = await tapUntilAWriteFails(fullDisk);
    const card = assessment.card(failed);
    await expect(card.getByRole('alert')).toContainText(
      new RegExp(`^(${literal(QUOTA).source}|${literal(WRITE_FAILED).source})`),
    );
    await expect(
      card.getByRole('alert').getByRole('button', { name: 'Erneut versuchen' }),
    ).toBeVisible();
    await expect(assessment.light(failed, 'gelb')).toBeChecked();

    // Room again, one more entry, a restart of the browser: the club saved
    // before the failure is not there any more.
    await fullDisk.free();
    await fullDisk.page.reload();
    const { app } = fullDisk;
    await app.clubList.goto();
    await app.createClub({ name: 'Nach dem Fehler' });
    await fullDisk.relaunch();
    await fullDisk.app.clubList.goto();
    await expect(fullDisk.page.getByRole('link', { name: startsWith(CLUB) })).toHaveCount(0);
  });

  test('with an older site: it is evicted, a backup made at once is complete, one more entry and a restart delete the database as corrupt', async ({
    fullDisk,
    baseURL,
  }) => {
    const { app, context } = fullDisk;
    // Another origin (the same server under another host name), used before
    // the app, so it is the least recently used one when the disk runs full.
    const older = (baseURL ?? '').replace('localhost', '127.0.0.1');
    const site = await context.newPage();
    await site.goto(older);
    await site.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await site.close();

    await prepare(fullDisk);
    const failed = await tapUntilAWriteFails(fullDisk);
    await expect(app.assessment.card(failed).getByRole('alert')).toContainText(QUOTA);

    // Chromium made room by deleting the older site's data, not the app's.
    const check = await context.newPage();
    await check.goto(`${older}/__nothing__`);
    expect(await check.evaluate(() => caches.keys())).toEqual([]);
    await check.close();
    expect(await fullDisk.page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(
      0,
    );

    // In this session the data can still be read: the backup is complete.
    await app.clubList.goHome();
    await expect(app.clubList.club(CLUB)).toBeVisible();
    await app.settings.openFromHeader();
    const download = await app.backup.createBackup();
    const backup = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      clubs: { name: string }[];
      answers: { criterionId: string }[];
    };
    expect(backup.clubs.map((c) => c.name)).toEqual([CLUB]);
    expect(backup.answers.length).toBeGreaterThan(0);

    // The failed commit left a torn record in the database's log, and later
    // writes land behind it. The next time Chromium opens the database it
    // finds it corrupt and deletes it: every club is gone.
    await fullDisk.free();
    await app.clubList.goHome();
    await app.createClub({ name: 'Nach dem Fehler' });
    await fullDisk.relaunch();
    await fullDisk.app.clubList.goto();
    await expect(fullDisk.app.clubList.emptyState).toBeVisible();
  });
});
