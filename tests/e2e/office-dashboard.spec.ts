import type { Locator } from '@playwright/test';
import { anonymousFile, jsonFile, validFiles, type Group } from './anonymous-files';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';

// The office view puts its dashboard first: the counts, the lights per area and
// the values over time fit the first screen of a laptop; then the statements
// where clubs need support. Held-back files say why, and quarters read as the
// clubs see them.

/** 25 files: three full groups and two held back (2 files each). */
function twentyFiveFiles() {
  const files = validFiles();
  return [...files.slice(0, 21), ...files.slice(-4)];
}

/** Statement c is red or yellow in the first (7c mod 13) files: shares from 0 to 12 of 12. */
const spreadLights = (n: number, c: number) =>
  n <= (c * 7) % 13 ? (n % 2 === 1 ? 'red' : 'yellow') : 'green';

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return box.y + box.height;
}

test.describe('Auswertung: the dashboard first', () => {
  test.describe('on a laptop', () => {
    test.use({ viewport: { width: 1280, height: 800 }, isMobile: false });

    test('shows the counts, the lights per area and the values over time on the first screen', async ({
      app,
      page,
    }) => {
      const { office } = app;
      await app.clubList.goto();
      await office.openFromSettings();
      await office.importFiles(twentyFiveFiles());
      await expect(office.importStatus).toHaveText(
        '25 übernommen, 0 schon vorhanden, 0 abgelehnt.',
      );
      await expect(office.basis).toHaveText(
        'Die Zahlen dieser Auswahl beruhen auf 21 von 25 Rückmeldungen.',
      );
      await expect(office.heldBack).toContainText('4 Rückmeldungen werden nicht gezählt');
      await expect(office.overview.getByRole('row')).toHaveCount(9);
      await expect(office.trend.getByRole('row')).toHaveCount(9);
      // Nothing scrolled: the first screen is what the office sees on opening.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      for (const part of [office.basis, office.heldBack, office.overview, office.trend])
        expect(await bottomOf(part)).toBeLessThanOrEqual(800);
      // The picker stays at the top.
      expect(await bottomOf(page.getByText('Dateien auswählen'))).toBeLessThanOrEqual(800);
      // Quarters read as the clubs see them, in the trend and in the filters.
      await expect(office.trend.getByRole('columnheader')).toHaveText([
        'Bereich',
        '1. Quartal 2026',
        '2. Quartal 2026',
      ]);
      await expect(office.from.getByRole('option')).toHaveText([
        '1. Quartal 2026',
        '2. Quartal 2026',
        '3. Quartal 2026',
      ]);
      await expect(page.getByRole('main')).not.toContainText(/\d{4}-Q\d/);
      await expectNoAxeViolations(page, 'the office dashboard at 1280 px');
    });
  });

  test('ranks the statements by their share of red and yellow, ten first, then all', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    const group: Group = { period: '2026-Q1', category: 'sport', sizeBand: '21-100', count: 12 };
    await office.importFiles(
      Array.from({ length: group.count }, (_, i) =>
        jsonFile(`f${i}.json`, anonymousFile(i + 1, group, spreadLights)),
      ),
    );
    await expect(office.basis).toContainText('12 von 12');
    await expect(
      page.getByText('Hier kann die Stadt mit Projekten ansetzen.', { exact: false }),
    ).toBeVisible();
    await expect(office.needs.locator(':scope > li')).toHaveCount(10);
    const shown = await office.rankedNeeds();
    const share = (n: { red: number; yellow: number; asked: number }) =>
      (n.red + n.yellow) / n.asked;
    for (const need of shown) expect(need.asked).toBe(12);
    for (let i = 1; i < shown.length; i += 1)
      expect(share(shown[i - 1]!)).toBeGreaterThanOrEqual(share(shown[i]!));
    expect(share(shown[0]!)).toBeGreaterThan(share(shown.at(-1)!));

    const all = page.getByRole('button', { name: /^Alle \d+ Aussagen zeigen$/ });
    await all.tap();
    await expect(page.getByRole('button', { name: 'Nur die ersten 10 zeigen' })).toBeVisible();
    const ranked = await office.rankedNeeds();
    expect(ranked.length).toBeGreaterThan(10);
    expect(ranked.slice(0, 10)).toEqual(shown);
    for (let i = 1; i < ranked.length; i += 1)
      expect(share(ranked[i - 1]!)).toBeGreaterThanOrEqual(share(ranked[i]!));
    await expectNoAxeViolations(page, 'the ranking at 360 px');
  });

  test('with one club’s files in different quarters, names the groups and gives no advice to widen', async ({
    app,
    page,
  }) => {
    const { office } = app;
    await app.clubList.goto();
    await office.openFromSettings();
    const quarters = ['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q1'];
    await office.importFiles(
      quarters.map((period, i) =>
        jsonFile(
          `verein-${i}.json`,
          anonymousFile(i + 1, { period, category: 'kultur', sizeBand: 'bis-20', count: 1 }),
        ),
      ),
    );
    await expect(office.importStatus).toHaveText('4 übernommen, 0 schon vorhanden, 0 abgelehnt.');
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Noch keine Zahlen: Eine Zahl wird erst gezeigt, wenn sie' }),
    ).toBeVisible();
    await expect(office.heldBack).toHaveText(
      '4 Rückmeldungen werden nicht gezählt, weil sie in Gruppen mit weniger als 3 Rückmeldungen liegen: ' +
        '3. Quartal 2025 · Kultur, Musik, Brauchtum · bis 20 Mitglieder (1), ' +
        '4. Quartal 2025 · Kultur, Musik, Brauchtum · bis 20 Mitglieder (1), ' +
        '1. Quartal 2026 · Kultur, Musik, Brauchtum · bis 20 Mitglieder (2). ' +
        'Es hilft, wenn mehr Vereine derselben Art und Größe im selben Quartal eine Datei schicken.',
    );
    await expect(page.getByText(/längeren Zeitraum/)).toHaveCount(0);
    await expect(office.tooFew).toHaveCount(0);
    await expectNoAxeViolations(page, 'the office view with every file held back');
  });
});
