import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** A club's progress: the overview, charts per area, rows of lights, the comparison. */
export class ProgressPage extends AppShell {
  readonly heading: Locator;
  readonly earlier: Locator;
  readonly later: Locator;
  /** Every area at every meeting, as one table. */
  readonly overview: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Fortschritt' });
    this.earlier = page.getByRole('combobox', { name: 'Frühere Einschätzung' });
    this.later = page.getByRole('combobox', { name: 'Spätere Einschätzung' });
    this.overview = page.getByRole('table', { name: 'Überblick: Bereiche je Treffen' });
  }

  /** The chart of an area, found by its accessible name. */
  chart(areaTitle: string): Locator {
    return this.page.getByRole('img', { name: new RegExp(`^Verlauf: ${escape(areaTitle)}`) });
  }

  /** The numbers table of an area. */
  numbers(areaTitle: string): Locator {
    return this.page.getByRole('table', { name: `Zahlen: ${areaTitle}` });
  }

  /** An area's row in the overview. */
  overviewRow(areaTitle: string): Locator {
    return this.overview
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: areaTitle, exact: true }) });
  }

  /** The folded part that holds an area's chart and its numbers. */
  private chartPart(areaTitle: string): Locator {
    return this.page.locator('details').filter({
      has: this.page.locator('summary', {
        hasText: new RegExp(`^Verlauf: ${escape(areaTitle)}$`),
      }),
    });
  }

  /** Unfolds an area's chart (and its numbers), if it is not open yet. */
  async openChart(areaTitle: string): Promise<void> {
    const part = this.chartPart(areaTitle);
    if (!(await part.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await part.locator('summary').first().tap();
    }
    await expect(part).toHaveAttribute('open', '');
  }

  /** Opens the numbers table under an area's chart. */
  async openNumbers(areaTitle: string): Promise<void> {
    await this.openChart(areaTitle);
    await this.chartPart(areaTitle).locator('summary', { hasText: 'Zahlen als Tabelle' }).tap();
    await expect(this.numbers(areaTitle)).toBeVisible();
  }

  /** Opens the rows of lights of an area. */
  async openRows(areaTitle: string): Promise<void> {
    await this.page
      .locator('summary')
      .filter({ hasText: new RegExp(`^${escape(areaTitle)}$`) })
      .tap();
    await expect(this.page.getByRole('table', { name: areaTitle, exact: true })).toBeVisible();
  }

  /** The row of lights of one criterion. */
  criterionRow(text: string): Locator {
    return this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: text, exact: true }) });
  }

  /** The count of one kind of change at the top of the comparison. */
  async changeCount(word: string): Promise<number> {
    const term = this.page.getByRole('term').filter({ hasText: new RegExp(`${word}$`) });
    await expect(term).toHaveCount(1);
    const value = await term.locator('xpath=following-sibling::dd[1]').textContent();
    return Number(value);
  }

  /** The listed change of a criterion in the comparison, e.g. "besser: …". */
  change(text: string): Locator {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
