import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './axe';
import { area, criterion } from './edition';
import { App } from './page-models';
import { expect, NOW, test, TODAY_GERMAN, waitForServiceWorkerControl } from './fixtures';

// A backup moves everything to a new device: made offline on one phone,
// downloaded, and restored in a brand-new browser profile.

const CLUB = 'Turnverein Neu-Isenburg';
const STEP = 'Übungsleiter*innen zur Schulung anmelden';

test.describe('backup and restore', () => {
  test('a backup made offline restores club, assessment, lights and steps on a new device', async ({
    app,
    page,
    context,
    browser,
  }, testInfo) => {
    const { assessment, summary, backup } = app;
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    await app.createClub({ name: CLUB, category: 'Sport' });
    await app.startAssessment();
    await assessment.rateAndWait(criterion(0, 0), 'grün');
    await assessment.rateAndWait(criterion(0, 1), 'gelb');
    await assessment.rateAndWait(criterion(0, 2), 'rot');
    await assessment.openDetails(criterion(0, 2));
    await assessment.nextStep(criterion(0, 2)).fill(STEP);
    await expect(assessment.saved(criterion(0, 2))).toBeVisible();
    await assessment.walkToSummary();
    await summary.finishAnyway();
    await expect(summary.finishedNotice).toBeVisible();

    // Data that was never backed up: a calm note on the club list, no dialog.
    await app.clubList.goHome();
    const reminder = page.getByText('Eure Einträge sind noch nicht gesichert.', { exact: false });
    await expect(reminder).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await context.setOffline(true);
    await app.settings.openFromHeader();
    await expect(backup.section).toContainText(
      'Auf diesem Gerät wurde noch keine Sicherung erstellt.',
    );
    await expectNoAxeViolations(page, 'settings with the backup section');
    const download = await backup.createBackup();
    expect(download.suggestedFilename()).toBe('ampelbogen-sicherung-2026-03-14.json');
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    await expect(
      backup.status('Sicherung erstellt: ampelbogen-sicherung-2026-03-14.json.'),
    ).toBeVisible();
    await expect(backup.lastBackup).toHaveText(`Letzte Sicherung: ${TODAY_GERMAN}, 10:00 Uhr.`);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
    expect(saved).toMatchObject({ format: 'ampelbogen-sicherung', version: 4 });
    expect(saved.clubs).toHaveLength(1);
    await app.clubList.goHome();
    await expect(app.clubList.club(CLUB)).toBeVisible();
    await expect(reminder).toHaveCount(0);

    // A brand-new device: an empty browser profile.
    const fresh = await browser.newContext({
      ...testInfo.project.use,
      baseURL: testInfo.project.use.baseURL,
    });
    const other = await fresh.newPage();
    await other.clock.setFixedTime(NOW);
    const second = new App(other);
    await second.clubList.goto();
    await expect(second.clubList.emptyState).toBeVisible();
    await second.settings.openFromHeader();
    await second.backup.pick(file);
    await expect(second.backup.previewClubs.getByRole('listitem')).toHaveText([
      `${CLUB}: 1 Einschätzung`,
    ]);
    await expect(second.backup.preview).toContainText(`Treffen am ${TODAY_GERMAN}.`);
    await expect(second.backup.preview).toContainText(`Erstellt am ${TODAY_GERMAN}, 10:00 Uhr`);
    await expectNoAxeViolations(other, 'settings with the restore preview');
    // Nothing to lose on an empty device, so no question.
    await second.backup.replace.tap();
    await expect(
      second.backup.status('Sicherung eingespielt: 1 Verein, 1 Einschätzung.'),
    ).toBeVisible();
    await expect(second.backup.preview).toHaveCount(0);

    await second.clubList.goHome();
    await second.clubList.club(CLUB).tap();
    await second.club.expectOpen(CLUB);
    await expect(other.getByRole('list', { name: 'Nächste Schritte' })).toContainText(STEP);
    await second.club.assessment(TODAY_GERMAN).tap();
    await expect(second.summary.heading).toBeVisible();
    expect(await second.summary.counts(area(0).title)).toMatchObject({ grün: 1, gelb: 1, rot: 1 });
    await fresh.close();
  });

  test('replacing data on a device asks first, and a foreign file is refused', async ({
    app,
    page,
  }) => {
    const { backup } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Chor Harmonie' });
    await app.settings.openFromHeader();
    const download = await backup.createBackup();
    const file = test.info().outputPath('sicherung.json');
    await download.saveAs(file);

    // An hour later, another club.
    await page.clock.setFixedTime(new Date(NOW.getTime() + 3_600_000));
    await app.clubList.goHome();
    await app.createClub({ name: 'Später angelegt' });
    await app.settings.openFromHeader();
    await expect(
      backup.section.getByText('Seit der letzten Sicherung gibt es neue Einträge.'),
    ).toBeVisible();

    await backup.restoreFile.setInputFiles({
      name: 'ausgabe.json',
      mimeType: 'application/json',
      buffer: readFileSync(
        new URL('../../src/domain/editions/ni-ampelbogen-v3.json', import.meta.url),
      ),
    });
    await expect(backup.alert).toHaveText(
      'Das ist eine Ausgabe des Ampelbogens, keine Sicherung. Ausgaben ladet ihr unter „Ausgabe aus Datei laden“. Es wurde nichts geändert.',
    );

    // A file whose copy of the shipped edition was changed is refused before
    // the preview: there is no choice to make.
    const forged = JSON.parse(readFileSync(file, 'utf8')) as {
      editions: { edition: { id: string; version: number; title: string } }[];
    };
    const [entry] = forged.editions;
    entry!.edition.title = 'Gefälscht';
    await backup.restoreFile.setInputFiles({
      name: 'sicherung-geaendert.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(forged), 'utf8'),
    });
    await expect(backup.alert).toHaveText(
      `Die Ausgabe „${entry!.edition.id}@${entry!.edition.version}“ gibt es auf diesem Gerät schon mit anderem Inhalt. Die Sicherung wurde nicht eingespielt, damit keine Einschätzung ihre Bedeutung ändert. Es wurde nichts geändert.`,
    );
    await expect(backup.preview).toHaveCount(0);

    await backup.pick(file);
    await backup.replace.tap();
    await expect(backup.confirmDialog).toBeVisible();
    await expect(backup.confirmDialog).toContainText(
      'werden 2 Vereine mit 0 Einschätzungen gelöscht',
    );
    await backup.confirmReplace.tap();
    await expect(backup.status('Sicherung eingespielt: 1 Verein, 0 Einschätzungen.')).toBeVisible();
    await app.clubList.goHome();
    await expect(app.clubList.clubs.getByRole('link')).toHaveCount(1);
    await expect(app.clubList.club('Chor Harmonie')).toBeVisible();
  });
});
