import { readFile } from 'node:fs/promises';
import { anonymousFile, brokenFiles, GROUPS, jsonFile, validFiles } from './anonymous-files';
import { expectNoAxeViolations } from './axe';
import { criterion, shipped, totalCriteria } from './edition';
import { expect, test } from './fixtures';

// The Integrationsbüro imports many anonymous files at once, sees the lights
// per criterion for a selection, never a figure of fewer than 3 files, and
// takes the table away as CSV.

const FIRST = criterion(0, 0);

test.describe('Auswertung (Integrationsbüro)', () => {
  test('imports 30 valid and 5 broken files in one go, filters, holds back, exports CSV', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    await expect(office.emptyState).toBeVisible();
    await expectNoAxeViolations(page, 'the empty office view');

    await office.importFiles([...validFiles(), ...brokenFiles.map((b) => b.file)]);
    await expect(office.importStatus).toHaveText('30 übernommen, 0 schon vorhanden, 5 abgelehnt.');
    await expect(office.notAdded.getByRole('listitem')).toHaveCount(5);
    for (const broken of brokenFiles) {
      const item = office.notAdded.getByRole('listitem').filter({ hasText: broken.file.name });
      await expect(item).toContainText('abgelehnt');
      await expect(item).toContainText(broken.reason);
    }
    // 2 files of one group (quarter, category, size band) are held back from every figure.
    await expect(office.basis).toHaveText(
      'Die Zahlen dieser Auswahl beruhen auf 28 von 30 Rückmeldungen.',
    );
    await expect(page.getByText('Insgesamt werden 2 Rückmeldungen zurückgehalten.')).toBeVisible();
    await expect(office.heldBack).toHaveText(
      '2 Rückmeldungen werden nicht gezählt, weil sie in einer Gruppe mit weniger als 3 Rückmeldungen liegen: 3. Quartal 2026 · Bildung, Eltern, Kinder und Jugend · bis 20 Mitglieder (2). Es hilft, wenn mehr Vereine derselben Art und Größe im selben Quartal eine Datei schicken.',
    );
    await office.openArea(shipped.areas[0]!.title);
    await expect(office.criterion(FIRST)).toContainText('grün 7 (25 %)');
    await expectNoAxeViolations(page, 'the office view with figures');

    // Filters change the figures.
    await office.category.selectOption({ label: 'Sport' });
    await expect(office.basis).toHaveText(
      'Die Zahlen dieser Auswahl beruhen auf 15 von 30 Rückmeldungen.',
    );
    await expect(office.criterion(FIRST)).toContainText('grün 4 (26,7 %)');
    await office.from.selectOption({ label: '2. Quartal 2026' });
    await expect(office.basis).toHaveText(
      'Die Zahlen dieser Auswahl beruhen auf 6 von 30 Rückmeldungen.',
    );

    // A selection of 2 files shows no figure at all.
    await office.from.selectOption({ label: '1. Quartal 2026' });
    await office.category.selectOption({ label: 'Bildung, Eltern, Kinder und Jugend' });
    await expect(office.tooFew).toHaveText(
      'Zu wenige Rückmeldungen für diese Auswahl: Zahlen werden erst ab 3 Rückmeldungen gezeigt. Wählt alle Arten.',
    );
    await expect(office.criterion(FIRST)).toHaveCount(0);
    await expect(office.csv).toHaveCount(0);

    // The table as CSV: BOM, semicolons, CRLF, one row per criterion.
    await office.category.selectOption({ label: 'alle' });
    await expect(office.basis).toContainText('28 von 30');
    const [download] = await Promise.all([page.waitForEvent('download'), office.csv.tap()]);
    expect(download.suggestedFilename()).toBe('ampelbogen-auswertung-2026-Q1-bis-2026-Q3.csv');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(totalCriteria + 2);
    expect(lines[0]!.split(';').slice(0, 4)).toEqual([
      'Bereich',
      'Aussage-ID',
      'Aussage',
      'Rückmeldungen (erfragt)',
    ]);
    const first = lines[1]!.split(';');
    expect(first.slice(0, 2)).toEqual([shipped.areas[0]!.title, shipped.areas[0]!.criteria[0]!.id]);
    expect(first.slice(3)).toEqual(['28', '7', '7', '7', '7', '0', '0', '25', '25', '25', '25']);

    // The short PDF summary, made with the lazily loaded jsPDF.
    const [pdf] = await Promise.all([page.waitForEvent('download'), office.pdf.tap()]);
    expect(pdf.suggestedFilename()).toBe('ampelbogen-auswertung-2026-Q1-bis-2026-Q3.pdf');
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The same files again: nothing new.
    await office.importFiles(validFiles().slice(0, 3));
    await expect(office.importStatus).toHaveText('0 übernommen, 3 schon vorhanden, 0 abgelehnt.');
  });

  test('lists files without names, deletes one and then all, and survives a reload', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    await office.importFiles(validFiles().slice(0, 9));
    await expect(office.importStatus).toHaveText('9 übernommen, 0 schon vorhanden, 0 abgelehnt.');
    await page.reload();
    await expect(office.basis).toContainText('9 von 9');

    await expect(
      page.getByRole('heading', { name: 'Übernommene Rückmeldungen (9)' }),
    ).toBeVisible();
    await office.openDisclosure('Liste anzeigen');
    await expect(office.fileList.getByRole('row')).toHaveCount(10);
    await expect(office.fileList).not.toContainText('rueckmeldung-');
    await expect(office.fileList).toContainText('1. Quartal 2026');
    await expect(office.fileList).not.toContainText('2026-Q1');
    await office.fileList.getByRole('button', { name: 'Rückmeldung 00000001 löschen' }).tap();
    await expect(
      page.getByRole('status').filter({ hasText: 'Rückmeldung 00000001 gelöscht.' }),
    ).toBeVisible();
    await expect(office.basis).toContainText('8 von 8');
    await expect(office.fileList.getByRole('row')).toHaveCount(9);

    await office.deleteAll.tap();
    await expectNoAxeViolations(page, 'the delete-all dialog');
    await office.confirmDeleteAll.tap();
    await expect(office.emptyState).toBeVisible();
    await expect(page.getByText('Alle Rückmeldungen wurden gelöscht.')).toBeVisible();
  });

  test('refuses a file that rates statements its edition does not have, naming them', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    const forged = anonymousFile(500, GROUPS[0]!);
    forged.ratings['erfunden-01'] = 'red';
    await office.importFiles([...validFiles().slice(0, 3), jsonFile('erfunden.json', forged)]);
    await expect(office.importStatus).toHaveText('3 übernommen, 0 schon vorhanden, 1 abgelehnt.');
    const item = office.notAdded.getByRole('listitem').filter({ hasText: 'erfunden.json' });
    await expect(item).toContainText(
      `Die Rückmeldung bewertet Aussagen, die es in ihrer Ausgabe („${shipped.id}“, Version ${shipped.version}) nicht gibt: „erfunden-01“. Sie wurde nicht übernommen.`,
    );
    await expect(office.basis).toContainText('3 von 3');
    await expect(page.getByText('Aussagen aus Ausgaben, die auf diesem Gerät fehlen')).toHaveCount(
      0,
    );
  });

  test('takes files dropped onto the import field', async ({ app, page }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    const files = validFiles()
      .slice(0, 4)
      .map((f) => ({ name: f.name, text: f.buffer.toString('utf8') }));
    const dataTransfer = await page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
      return dt;
    }, files);
    await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await expect(office.importStatus).toHaveText('4 übernommen, 0 schon vorhanden, 0 abgelehnt.');
  });
});
