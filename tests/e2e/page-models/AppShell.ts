import type { Locator, Page } from '@playwright/test';

/** What every screen shares: the header with its links and the banners above the screen. */
export class AppShell {
  readonly home: Locator;
  readonly settingsLink: Locator;
  readonly screenHeading: Locator;
  readonly updateBanner: Locator;
  readonly applyUpdate: Locator;
  readonly offlineReady: Locator;

  constructor(readonly page: Page) {
    this.home = page.getByRole('banner').getByRole('link', { name: 'Ampelbogen', exact: true });
    this.settingsLink = page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Einstellungen' });
    this.screenHeading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.updateBanner = page
      .getByRole('status')
      .filter({ hasText: 'Eine neue Version der App ist da.' });
    this.applyUpdate = this.updateBanner.getByRole('button', { name: 'Jetzt aktualisieren' });
    this.offlineReady = page
      .getByRole('status')
      .filter({ hasText: 'Die App ist jetzt auch ohne Internet nutzbar.' });
  }

  /** Opens the app at a hash address (e.g. "#/einstellungen"); "/" is the club list. */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
  }
}
