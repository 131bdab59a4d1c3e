import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { area, criterion } from './edition';
import { waitForServiceWorkerControl } from './fixtures';
import { expect, test, type FullDisk } from './full-disk';

// A real full disk (the Chromium profile on a small tmpfs filled to the last
// byte, see full-disk.ts). What Chromium does, and what the app must make of
// it: a write fails, often named "QuotaExceededError", sometimes only
// "AbortError"; Chromium then makes room by deleting the least recently used
// origin's storage — the app's own when it is the only one, within about
// 100 ms — or an older site's, and a database whose log a failed commit tore
// is deleted as corrupt the next time Chromium opens it. So the app never says
// "gespeichert" for what is not stored, offers at once a backup of everything
// with the entries on screen, saves on "Erneut versuchen" once space is free,
// and says so when the browser deleted its data.

const CLUB = 'TSV Vollspeicher';
const NOTE = 'Getippt, als der Speicher voll war';
const SAVED_BEFORE = criterion(0, 0);

test.setTimeout(120_000);

interface BackupFile {
  clubs: { name: string }[];
  answers: { criterionId: string; rating?: string; note?: string }[];
}

async function readBackup(download: Download): Promise<BackupFile> {
  return JSON.parse(await readFile(await download.path(), 'utf8')) as BackupFile;
}

/** The app with one club, one assessment and one saved light. */
async function prepare(disk: FullDisk): Promise<void> {
  const { app, page } = disk;
  await app.clubList.goto();
  await waitForServiceWorkerControl(page);
  await app.createClub({ name: CLUB });
  await app.startAssessment();
  await app.assessment.rateAndWait(SAVED_BEFORE, 'grün');
}

/**
 * Rates the next statements of area 1, the disk filled before each tap, until
 * a write fails; returns that statement. A small commit may still fit into the
 * last, partly used page of the database's log, so the first taps may succeed.
 */
async function tapUntilAWriteFails(disk: FullDisk): Promise<string> {
  const { assessment } = disk.app;
  for (let index = 1; index < area(0).criteria.length; index += 1) {
    await disk.fill();
    const text = criterion(0, index);
    await assessment.rate(text, 'gelb');
    const line = assessment.card(text).locator('[data-save-state]');
    await expect(line).toHaveAttribute('data-save-state', /^(saved|error)$/);
    if ((await line.getAttribute('data-save-state')) === 'error') return text;
  }
  throw new Error('No tap on the full disk failed.');
}

/** Lets another origin (the same server under another host name) store data before the app does. */
async function visitAnOlderSite(disk: FullDisk, baseURL: string): Promise<void> {
  const site = await disk.context.newPage();
  await site.goto(baseURL.replace('localhost', '127.0.0.1'));
  await site.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await site.close();
}

test.describe('a full disk', () => {
  test('a failed write claims nothing, a backup with the entries on screen is saved, and retry saves once space is free', async ({
    fullDisk,
    baseURL,
  }) => {
    // With an older site in the profile, Chromium evicts that site's data and
    // keeps the app's, so the app's own retry is what brings the entry in.
    await visitAnOlderSite(fullDisk, baseURL ?? '');
    await prepare(fullDisk);
    const { assessment } = fullDisk.app;
    const failed = await tapUntilAWriteFails(fullDisk);
    const card = assessment.card(failed);
    await expect(card.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
      /noch nicht gespeichert|nicht gespeichert/,
    );
    await expect(assessment.saved(failed)).toHaveCount(0);
    await expect(assessment.light(failed, 'gelb')).toBeChecked();

    // The emergency backup: everything the database holds and what is on screen.
    const download = fullDisk.page.waitForEvent('download');
    await card.getByRole('button', { name: 'Sicherung speichern' }).tap();
    const backup = await readBackup(await download);
    expect(backup.clubs.map((c) => c.name)).toEqual([CLUB]);
    const failedId = area(0).criteria.find((c) => c.text === failed)?.id;
    expect(backup.answers).toContainEqual(
      expect.objectContaining({ criterionId: failedId, rating: 'yellow' }),
    );
    expect(backup.answers).toContainEqual(
      expect.objectContaining({ criterionId: area(0).criteria[0]!.id, rating: 'green' }),
    );

    // Space again: "Erneut versuchen" saves, without a reload.
    await fullDisk.free();
    await card.getByRole('button', { name: 'Erneut versuchen' }).tap();
    await expect(assessment.saved(failed)).toBeVisible();
    await expect(card.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  });

  test('when the browser deletes the app’s data, the app says so, and the emergency backup brings the entries back', async ({
    fullDisk,
  }) => {
    await prepare(fullDisk);
    const { assessment } = fullDisk.app;
    const failed = await tapUntilAWriteFails(fullDisk);
    const card = assessment.card(failed);
    await expect(assessment.saved(failed)).toHaveCount(0);
    // Chromium has deleted the app's storage to make room: the next entry
    // finds an empty database, and the app says what happened.
    await assessment.openDetails(failed);
    await assessment.note(failed).fill(NOTE);
    await expect(card.getByRole('alert').filter({ hasText: /\S/ })).toContainText(
      'Der Browser hat die gespeicherten Daten dieser App gelöscht',
    );
    await expect(assessment.saved(failed)).toHaveCount(0);
    const download = fullDisk.page.waitForEvent('download');
    await card.getByRole('button', { name: 'Sicherung speichern' }).tap();
    const file = await download;
    const backup = await readBackup(file);
    expect(backup.clubs.map((c) => c.name)).toEqual([CLUB]);
    expect(backup.answers).toContainEqual(
      expect.objectContaining({ rating: 'yellow', note: NOTE }),
    );
    expect(backup.answers).toContainEqual(expect.objectContaining({ rating: 'green' }));
    // Kept outside the browser, as a user keeps it in their files.
    const kept = test.info().outputPath('notfall-sicherung.json');
    await file.saveAs(kept);

    // Room again, and a new start of the browser: the app still says so.
    await fullDisk.free();
    await fullDisk.relaunch();
    const { app, page } = fullDisk;
    await app.clubList.goto();
    await expect(app.clubList.emptyState).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(
      'Der Browser hat die gespeicherten Daten dieser App gelöscht',
    );

    // The emergency backup restores the club with both lights and the note.
    await app.settings.openFromHeader();
    await app.backup.pick(kept);
    await app.backup.merge.tap();
    await app.clubList.goHome();
    await expect(app.clubList.club(CLUB)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
