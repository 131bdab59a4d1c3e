import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

type InputFile = { name: string; mimeType: string; buffer: Buffer };

/** Auswertung (Integrationsbüro): import, filters, figures, CSV, file list. */
export class OfficePage extends AppShell {
  readonly heading: Locator;
  readonly fromSettings: Locator;
  readonly emptyState: Locator;
  readonly pickFiles: Locator;
  readonly importStatus: Locator;
  readonly notAdded: Locator;
  readonly basis: Locator;
  readonly tooFew: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly category: Locator;
  readonly sizeBand: Locator;
  readonly csv: Locator;
  readonly pdf: Locator;
  readonly deleteAll: Locator;
  readonly confirmDeleteAll: Locator;
  readonly fileList: Locator;
  readonly heldBack: Locator;
  readonly overview: Locator;
  readonly trend: Locator;
  readonly needs: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Auswertung (Integrationsbüro)' });
    this.fromSettings = page
      .getByRole('main')
      .getByRole('link', { name: 'Auswertung (Integrationsbüro)' });
    this.emptyState = page.getByText('Noch keine Rückmeldung übernommen.');
    this.pickFiles = page.getByLabel('Dateien auswählen');
    this.importStatus = page
      .getByRole('status')
      .filter({ hasText: /übernommen, \d+ schon vorhanden/ });
    this.notAdded = page.getByRole('list', { name: 'Nicht übernommen' });
    this.basis = page
      .getByRole('status')
      .filter({ hasText: 'Die Zahlen dieser Auswahl beruhen auf' });
    this.tooFew = page
      .getByRole('status')
      .filter({ hasText: 'Zu wenige Rückmeldungen für diese Auswahl' });
    this.from = page.getByLabel('Von Quartal');
    this.to = page.getByLabel('Bis Quartal');
    this.category = page.getByLabel('Art des Vereins');
    this.sizeBand = page.getByLabel('Größe (Mitglieder)');
    this.csv = page.getByRole('button', { name: 'Tabelle als CSV' });
    this.pdf = page.getByRole('button', { name: 'Kurzbericht als PDF' });
    this.deleteAll = page.getByRole('button', { name: 'Alle Rückmeldungen löschen' });
    this.confirmDeleteAll = page
      .getByRole('dialog')
      .getByRole('button', { name: 'Alle endgültig löschen' });
    this.fileList = page.getByRole('region', { name: /^Übernommene Rückmeldungen/ });
    this.heldBack = page.getByTestId('office-held-back');
    this.overview = page.getByRole('region', {
      name: 'Ampel der Bereiche: Anteil der Rückmeldungen je Ampel',
    });
    this.trend = page.getByRole('region', { name: 'Mittlerer Wert je Bereich und Zeitraum' });
    this.needs = page.getByRole('list', { name: 'Wo Vereine Unterstützung brauchen' });
  }

  /** Unfolds one area's statements by the area's title. */
  async openArea(title: string): Promise<void> {
    await this.page.locator('.office-areas summary').filter({ hasText: title }).click();
  }

  /** The statements of the ranking, each as its text and its counts. */
  async rankedNeeds(): Promise<{ text: string; red: number; yellow: number; asked: number }[]> {
    const items = this.needs.locator(':scope > li');
    const texts = await items.allInnerTexts();
    return Promise.all(
      texts.map(async (_, i) => {
        const item = items.nth(i);
        const counts = await item.locator('.light-counts > li').allInnerTexts();
        const number = (prefix: string) =>
          Number(/(\d+) \(/.exec(counts.find((c) => c.startsWith(prefix)) ?? '')?.[1] ?? NaN);
        return {
          text: await item.locator('.need-text').innerText(),
          red: number('rot'),
          yellow: number('gelb'),
          asked: Number(/(\d+) Rückmeldungen/.exec(counts.at(-1) ?? '')?.[1] ?? NaN),
        };
      }),
    );
  }

  /**
   * Opens the view as the Integrationsbüro does on a phone, where the header
   * has no room for it: through the settings, out of the clubs' way.
   */
  async openFromSettings(): Promise<void> {
    await this.settingsLink.tap();
    await this.fromSettings.tap();
    await expect(this.heading).toBeVisible();
    await expect(this.page.getByText('Wird geladen …')).toHaveCount(0);
  }

  /** Picks many files at once, as from the file dialog, and waits for the result. */
  async importFiles(files: InputFile[]): Promise<void> {
    await this.pickFiles.setInputFiles(files);
    await expect(this.importStatus).toBeVisible();
  }

  /** The bar and counts of one criterion, by its statement. */
  criterion(text: string): Locator {
    return this.page.locator('.criterion-figure').filter({ hasText: text });
  }

  /** Opens a disclosure ("Als Tabelle", the file list, …) by its summary. */
  async openDisclosure(summary: string | RegExp, nth = 0): Promise<void> {
    await this.page.locator('summary').filter({ hasText: summary }).nth(nth).click();
  }
}
