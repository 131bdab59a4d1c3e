import { readFile } from 'node:fs/promises';
import { extractPdfText } from '../fixtures/pdf-text';
import { area, criterion, shipped } from './edition';
import { expect, test, openOffline } from './fixtures';

// The PDF report is made on the phone with no network: jsPDF and the font come
// from the service worker's precache. The test reads the downloaded file back
// with pdf.js.

const CLUB = 'Sportfreunde Ayşe & Анна Größtal';

test('a finished assessment becomes a PDF offline, with every statement, its light and the names', async ({
  app,
  page,
}) => {
  const { assessment, summary } = app;
  await openOffline(page);
  await app.createClub({ name: CLUB });

  await app.startAssessment();
  await assessment.rate(criterion(0, 0), 'grün');
  await assessment.rateAndWait(criterion(0, 1), 'trifft nicht zu');
  await assessment.openDetails(criterion(0, 0));
  await assessment
    .note(criterion(0, 0))
    .fill('Übungsleiter aus Gravenbruch; Hallenschlüssel bei Frau Weiß');
  await assessment.nextStep(criterion(0, 0)).fill('Flyer auf Türkisch und Russisch drucken');
  await assessment.stepWho(criterion(0, 0)).fill('Ayşe Çağlar');
  await expect(assessment.saved(criterion(0, 0))).toBeVisible();
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await page.getByRole('link', { name: 'Weitergeben' }).tap();

  const download = page.waitForEvent('download');
  await app.export.makePdf.tap();
  const file = await download;
  expect(file.suggestedFilename()).toBe(
    'ampelbogen-sportfreunde-ayse-anna-groesstal-2026-03-14.pdf',
  );
  await expect(app.export.pdfStatus).toHaveText(/wurde gespeichert/);
  await expect(app.export.makePdf).toBeEnabled();

  const pages = await extractPdfText(new Uint8Array(await readFile(await file.path())));
  const all = pages.join(' ');
  expect(pages[0]).toContain(CLUB);
  expect(pages[0]).toContain('Einschätzung vom 14.03.2026 (abgeschlossen)');
  for (const a of shipped.areas) for (const c of a.criteria) expect(all).toContain(c.text);
  expect(all).toContain(`Ampel des Bereichs: grün (100 %)`);
  expect(all).toContain('trifft nicht zu');
  expect(all).toContain('Notiz: Übungsleiter aus Gravenbruch; Hallenschlüssel bei Frau Weiß');
  expect(all).toContain(
    'Nächster Schritt: Flyer auf Türkisch und Russisch drucken · Wer: Ayşe Çağlar',
  );
  expect(all).toContain('Verlauf: 1 abgeschlossene Einschätzung des Vereins');
  expect(all).toContain(area(0).title);
  pages.forEach((text, i) => expect(text).toContain(`Seite ${i + 1} von ${pages.length}`));
});
