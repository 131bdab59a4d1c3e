import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The "Sicherung" section of the settings: make a backup, restore one. */
export class BackupSection {
  readonly section: Locator;
  readonly create: Locator;
  readonly restoreFile: Locator;
  readonly lastBackup: Locator;
  /** The section's alert region (each section of the settings has its own status line). */
  readonly alert: Locator;
  readonly preview: Locator;
  readonly previewClubs: Locator;
  readonly merge: Locator;
  readonly replace: Locator;
  readonly confirmDialog: Locator;
  readonly confirmReplace: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Sicherung', exact: true });
    this.create = this.section.getByRole('button', { name: 'Sicherung erstellen' });
    this.restoreFile = this.section.getByLabel('Sicherung einspielen');
    this.lastBackup = this.section.getByText(/^Letzte Sicherung: /);
    this.alert = this.section.getByRole('alert');
    this.preview = page.getByRole('region', { name: 'Das steht in der Sicherung' });
    this.previewClubs = this.preview.getByRole('list', { name: 'Vereine in der Sicherung' });
    this.merge = this.preview.getByRole('button', { name: 'Zu den Daten hinzufügen' });
    this.replace = this.preview.getByRole('button', { name: 'Alles ersetzen' });
    this.confirmDialog = page.getByRole('dialog', {
      name: 'Alle Daten auf diesem Gerät ersetzen?',
    });
    this.confirmReplace = this.confirmDialog.getByRole('button', { name: 'Alles ersetzen' });
  }

  /** Makes a backup and returns the file the browser downloaded. */
  async createBackup(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.create.tap();
    return download;
  }

  /** Picks a backup file from disk, as the user would, and waits for the preview. */
  async pick(path: string): Promise<void> {
    await this.restoreFile.setInputFiles(path);
    await expect(this.preview).toBeVisible();
  }

  /** The status line after a restore or a backup. */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
