import type { Locator, Page } from '@playwright/test';

/** The offer to install the app: a card on the summary and the club's page, a button in the settings. */
export class InstallHint {
  readonly card: Locator;
  readonly install: Locator;
  readonly notNow: Locator;
  readonly steps: Locator;
  readonly toBackup: Locator;
  /** The settings' button beside the advice to install. */
  readonly installApp: Locator;

  constructor(page: Page) {
    this.card = page.getByRole('region', { name: 'Den Ampelbogen als App installieren' });
    this.install = this.card.getByRole('button', { name: 'Installieren', exact: true });
    this.notNow = this.card.getByRole('button', { name: 'Nicht jetzt' });
    this.steps = this.card.getByRole('listitem');
    this.toBackup = this.card.getByRole('link', { name: 'Zur Sicherung' });
    this.installApp = page.getByRole('button', { name: 'App installieren' });
  }
}
