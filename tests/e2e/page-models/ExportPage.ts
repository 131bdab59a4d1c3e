import type { Download, Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** "Weitergeben": the files that leave the device from one assessment. */
export class ExportPage extends AppShell {
  readonly heading: Locator;
  readonly anonymous: Locator;
  readonly saveAnonymous: Locator;
  readonly contact: Locator;
  readonly details: Locator;
  readonly mailLink: Locator;
  readonly makePdf: Locator;
  readonly pdfStatus: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Weitergeben' });
    this.anonymous = page.getByRole('region', {
      name: 'Anonyme Rückmeldung an das Integrationsbüro',
    });
    this.saveAnonymous = this.anonymous.getByRole('button', { name: 'Datei speichern' });
    this.details = this.anonymous.locator('summary', {
      hasText: 'Mehr zur Datei: alle Angaben und der genaue Inhalt',
    });
    this.mailLink = this.anonymous.getByRole('link', { name: /^E-Mail an .+ schreiben$/ });
    this.contact = page.getByRole('region', { name: 'Kontakt: Integrationsbüro' });
    this.makePdf = page.getByRole('button', { name: 'PDF erstellen' });
    this.pdfStatus = page.getByRole('status').filter({ hasText: /PDF/ });
  }

  /** One fact of the anonymous file's preview, by its term. */
  fact(term: string): Locator {
    return this.anonymous.getByRole('definition').filter({
      has: this.page.locator(
        `xpath=preceding-sibling::dt[normalize-space()=${JSON.stringify(term)}]`,
      ),
    });
  }

  /** Unfolds everything the anonymous file holds, below its main action. */
  async openDetails(): Promise<void> {
    await this.details.tap();
  }

  /** Saves the anonymous file and returns the download. */
  async downloadAnonymous(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.saveAnonymous.tap();
    return download;
  }
}
