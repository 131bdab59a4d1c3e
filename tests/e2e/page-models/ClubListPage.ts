import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { startsWith } from './text';

/** The start screen: every club on this device. */
export class ClubListPage extends AppShell {
  readonly heading: Locator;
  readonly emptyState: Locator;
  readonly clubs: Locator;
  readonly addClub: Locator;
  readonly firstRunSteps: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Eure Vereine und Gruppen' });
    this.emptyState = page.getByText('Noch kein Verein angelegt.');
    this.clubs = page.getByRole('list', { name: 'Vereine' });
    this.addClub = page.getByRole('link', { name: 'Verein anlegen' });
    this.firstRunSteps = page.getByRole('main').locator('ol.first-run > li');
  }

  /** Opens the app at its start and waits for the list (or its empty state). */
  async goto(): Promise<void> {
    await this.open();
    await expect(this.heading).toBeVisible();
    await expect(this.emptyState.or(this.clubs)).toBeVisible();
  }

  /** The card of one club; its accessible name starts with the club's name. */
  club(name: string): Locator {
    return this.clubs.getByRole('link', { name: startsWith(name) });
  }

  /** Goes back to the list through the header. */
  async goHome(): Promise<void> {
    await this.home.tap();
    await expect(this.heading).toBeVisible();
  }
}
