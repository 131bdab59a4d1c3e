import { readFile } from 'node:fs/promises';
import { anonymousFileSchema } from '../../src/files/anonymous-file';
import { area, criterion } from './edition';
import { expect, test, TODAY_GERMAN, TODAY_ISO, openOffline } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { anonymousFile, jsonFile } from './anonymous-files';

// Offline on a phone: a finished assessment becomes an anonymous file. The
// user sees what it holds before saving it, and the saved file holds the
// lights and the rough facts only, nothing that names the club.

const c = (k: number) => criterion(0, k);

test('the anonymous file shows what it holds and carries nothing that names the club', async ({
  app,
  page,
}) => {
  const { assessment, summary } = app;
  await openOffline(page);
  await app.createClub({
    name: 'Ayşe Çağlars Chor',
    category: 'Kultur, Musik, Brauchtum',
    sizeBand: '21 bis 100',
    description: 'Probe dienstags im Bürgerhaus',
  });
  await app.startAssessment();
  await assessment.rate(c(0), 'grün');
  await assessment.rate(c(1), 'rot');
  await assessment.rateAndWait(c(2), 'trifft nicht zu');
  await assessment.openDetails(c(1));
  await assessment.note(c(1)).fill('Анна fragt nach Übersetzung');
  await assessment.nextStep(c(1)).fill('Flyer auf Türkisch drucken');
  await expect(assessment.saved(c(1))).toBeVisible();
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await page.getByRole('link', { name: 'Weitergeben' }).tap();
  await expect(app.export.heading).toBeVisible();

  // The summary first, the preview in words folded below.
  await expect(app.export.anonymous).toContainText('1. Quartal 2026');
  await app.export.openDetails();
  await expect(app.export.fact('Zeitraum')).toHaveText('1. Quartal 2026 (kein genaues Datum)');
  await expect(app.export.fact('Art')).toHaveText('Kultur, Musik, Brauchtum');
  await expect(app.export.fact('Größe (Mitglieder)')).toHaveText('21 bis 100');
  await expect(app.export.fact('Ampeln')).toContainText('3 beantwortete Aussagen');
  await expect(app.export.anonymous).toContainText('der Name eures Vereins');
  await expect(app.export.anonymous).not.toContainText('Ayşe');
  await expect(app.export.contact).toContainText('Hugenottenallee 53, 63263 Neu-Isenburg');
  await expect(app.export.contact.getByRole('link', { name: '06102 241-763' })).toHaveAttribute(
    'href',
    'tel:06102241763',
  );
  const shownId = await app.export.fact('Zufällige Kennung der Datei').locator('code').innerText();
  await app.export.anonymous
    .locator('summary', { hasText: 'Den genauen Inhalt der Datei ansehen' })
    .tap();
  const shownText = await app.export.anonymous.locator('pre').textContent();
  await expectNoAxeViolations(page, 'the export screen');

  // The file itself.
  const download = await app.export.downloadAnonymous();
  expect(download.suggestedFilename()).toMatch(/^ampelbogen-anonym-2026-Q1-[0-9a-f]{8}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  // What was shown is exactly what was saved, byte for byte.
  expect(text).toBe(shownText);
  const file = anonymousFileSchema.parse(JSON.parse(text));
  expect(file.fileId).toBe(shownId);
  expect(file.period).toBe('2026-Q1');
  expect(file.club).toEqual({ category: 'kultur', sizeBand: '21-100' });
  const ids = area(0).criteria.map((k) => k.id);
  expect(file.ratings).toEqual({ [ids[0]!]: 'green', [ids[1]!]: 'red', [ids[2]!]: 'na' });
  for (const secret of [
    'Ayşe',
    'Çağlar',
    'Probe dienstags',
    'Анна',
    'Übersetzung',
    'Flyer',
    TODAY_ISO,
    TODAY_GERMAN,
  ]) {
    expect(text).not.toContain(secret);
  }
  await expect(
    page.getByRole('status').filter({ hasText: 'Die Datei wurde gespeichert' }),
  ).toBeVisible();

  // The Integrationsbüro, on the same browser, reads it with two files of the
  // same kind of club; the club's own data stays apart and unchanged.
  const sameKind = { period: '2026-Q1', category: 'kultur', sizeBand: '21-100', count: 2 };
  await app.clubList.goHome();
  await app.office.openFromSettings();
  await app.office.importFiles([
    jsonFile(download.suggestedFilename(), text),
    jsonFile('andere-1.json', anonymousFile(1, sameKind)),
    jsonFile('andere-2.json', anonymousFile(2, sameKind)),
  ]);
  await expect(app.office.importStatus).toHaveText('3 übernommen, 0 schon vorhanden, 0 abgelehnt.');
  await expect(app.office.basis).toHaveText(
    'Die Zahlen dieser Auswahl beruhen auf 3 von 3 Rückmeldungen.',
  );
  await app.clubList.goHome();
  await expect(app.clubList.club('Ayşe Çağlars Chor')).toBeVisible();
});

test('a draft offers no anonymous file yet and says how to get one', async ({ app }) => {
  await app.clubList.goto();
  await app.createClub({ name: 'Nachbarschaftstreff' });
  await app.startAssessment();
  await app.assessment.rateAndWait(c(0), 'gelb');
  const id = new URL(app.page.url()).hash.split('/')[2]!;
  await app.page.goto(`/#/einschaetzung/${id}/weitergeben`);
  await expect(app.export.heading).toBeVisible();
  await expect(app.export.anonymous).toContainText('noch nicht abgeschlossen');
  await expect(app.export.saveAnonymous).toHaveCount(0);
});
