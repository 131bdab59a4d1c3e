import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Settings: storage on this device and the editions of the Ampelbogen. */
export class SettingsPage extends AppShell {
  readonly heading: Locator;
  readonly editions: Locator;
  readonly defaultBadge: Locator;
  readonly importFile: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Einstellungen' });
    this.editions = page.getByRole('list', { name: 'Ausgaben des Ampelbogens' });
    this.defaultBadge = page.getByText('wird für neue Einschätzungen verwendet', { exact: true });
    this.importFile = page.getByLabel('Ausgabe aus Datei laden');
  }

  /** Opens the settings through the header and waits for the edition list. */
  async openFromHeader(): Promise<void> {
    await this.settingsLink.tap();
    await expect(this.heading).toBeVisible();
    await expect(this.editions).toBeVisible();
  }

  /** One edition in the list, by its title and version. */
  edition(title: string, version: number): Locator {
    return this.editions
      .getByRole('listitem')
      .filter({ hasText: title })
      .filter({ hasText: `Version ${version} vom` });
  }

  /** The check of a picked edition file, shown before it is taken. */
  check(title: string, version: number): Locator {
    return this.page.getByRole('region', { name: `Geprüft: „${title}“, Version ${version}` });
  }

  /** Takes a checked edition file. */
  async acceptEdition(title: string, version: number): Promise<void> {
    await this.check(title, version).getByRole('button', { name: 'Ausgabe übernehmen' }).tap();
  }

  /** Picks a file with the given JSON text, as the user would from their files. */
  async importEdition(name: string, content: unknown): Promise<void> {
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    await this.importFile.setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** A message the screen shows after an import. */
  message(role: 'alert' | 'status', text: string | RegExp): Locator {
    return this.page.getByRole(role).filter({ hasText: text });
  }
}
