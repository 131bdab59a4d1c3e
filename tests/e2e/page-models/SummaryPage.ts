import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The words of an area's light: a colour, or "keine Ampel". */
export type AreaLightWord = 'grün' | 'gelb' | 'rot' | 'keine Ampel';

/** The counts of an area as the summary lists them, by the word of each light. */
export type Counts = Partial<Record<'grün' | 'gelb' | 'rot' | 'trifft nicht zu' | 'offen', number>>;

/** The end of an assessment: one light per area with its counts. */
export class SummaryPage extends AppShell {
  readonly heading: Locator;
  readonly finish: Locator;
  readonly finishedNotice: Locator;
  readonly reopen: Locator;
  readonly backToClub: Locator;
  readonly makePdf: Locator;
  readonly pdfStatus: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Übersicht' });
    this.finish = page.getByRole('button', { name: 'Einschätzung abschließen' });
    this.finishedNotice = page
      .getByRole('status')
      .filter({ hasText: 'Einschätzung abgeschlossen.' });
    this.reopen = page.getByRole('button', { name: 'Wieder bearbeiten' });
    this.backToClub = page.getByRole('link', { name: 'Zum Verein' });
    this.makePdf = page.getByRole('button', { name: 'PDF erstellen' });
    this.pdfStatus = page.getByRole('status').filter({ hasText: /PDF/ });
  }

  /** The card of one area, found by its heading. */
  area(title: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  /**
   * Asserts an area's light by its word, the text right after the area's
   * heading, announced as "Ampel des Bereichs: …" (the symbol is hidden from
   * assistive tech; the counts below are terms).
   */
  async expectLight(title: string, word: AreaLightWord): Promise<void> {
    await expect(this.area(title)).toMatchAriaSnapshot(
      `- listitem:\n  - heading ${JSON.stringify(title)} [level=2]\n  - text: "Ampel des Bereichs: ${word}"`,
    );
  }

  /** The counts of an area, read as pairs of term (the light's word) and definition (the number). */
  async counts(title: string): Promise<Counts> {
    const card = this.area(title);
    await expect(card.getByRole('term').first()).toBeVisible();
    const words = await card.getByRole('term').allTextContents();
    const numbers = await card.getByRole('definition').allTextContents();
    return Object.fromEntries(words.map((w, i) => [w.trim(), Number(numbers[i])]));
  }
}
