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
  readonly ask: Locator;
  readonly finishAnywayButton: Locator;
  readonly toFirstOpen: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Übersicht' });
    this.finish = page.getByRole('button', { name: 'Einschätzung abschließen' });
    this.finishedNotice = page
      .getByRole('status')
      .filter({ hasText: 'Einschätzung abgeschlossen.' });
    this.reopen = page.getByRole('button', { name: 'Wieder bearbeiten' });
    this.backToClub = page.getByRole('link', { name: 'Zum Verein' });
    this.ask = page.getByRole('dialog', { name: 'Noch nicht alles beantwortet' });
    this.finishAnywayButton = this.ask.getByRole('button', { name: 'Trotzdem abschließen' });
    this.toFirstOpen = page.getByRole('link', { name: 'Zur ersten offenen Aussage' });
  }

  /** The task list's link to an area (a draft's areas are one tap away). */
  areaLink(title: string): Locator {
    return this.area(title).getByRole('link', { name: title, exact: true });
  }

  /** Finishes; when statements are still open, answers the question with "Trotzdem abschließen". */
  async finishAnyway(): Promise<void> {
    await this.finish.tap();
    await expect(this.ask.or(this.finishedNotice)).toBeVisible();
    if (await this.ask.isVisible()) await this.finishAnywayButton.tap();
    await expect(this.finishedNotice).toBeVisible();
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
