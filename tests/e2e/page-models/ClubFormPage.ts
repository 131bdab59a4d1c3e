import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Words of the club form's select options, as the user sees them. */
export interface ClubDetails {
  name: string;
  category?: string;
  sizeBand?: string;
  description?: string;
}

/** Creating or editing a club. */
export class ClubFormPage extends AppShell {
  readonly newHeading: Locator;
  readonly editHeading: Locator;
  readonly name: Locator;
  readonly category: Locator;
  readonly sizeBand: Locator;
  readonly description: Locator;
  readonly save: Locator;
  readonly cancel: Locator;
  readonly errorSummary: Locator;

  constructor(page: Page) {
    super(page);
    this.newHeading = page.getByRole('heading', { level: 1, name: 'Neuer Verein' });
    this.editHeading = page.getByRole('heading', { level: 1, name: 'Verein bearbeiten' });
    this.name = page.getByRole('textbox', { name: 'Name des Vereins oder der Gruppe' });
    this.category = page.getByRole('combobox', { name: 'Art' });
    this.sizeBand = page.getByRole('combobox', { name: 'Größe (Mitglieder)' });
    this.description = page.getByRole('textbox', { name: 'Beschreibung (freiwillig)' });
    this.save = page.getByRole('button', { name: 'Speichern' });
    this.cancel = page.getByRole('link', { name: 'Abbrechen' });
    this.errorSummary = page.getByRole('alert').filter({ hasText: 'Es wurde nichts gespeichert.' });
  }

  /** Fills in the fields that are given; select options are chosen by their words. */
  async fill(details: Partial<ClubDetails>): Promise<void> {
    if (details.name !== undefined) await this.name.fill(details.name);
    if (details.category !== undefined)
      await this.category.selectOption({ label: details.category });
    if (details.sizeBand !== undefined)
      await this.sizeBand.selectOption({ label: details.sizeBand });
    if (details.description !== undefined) await this.description.fill(details.description);
  }

  /** Fills in and saves the form. */
  async submit(details: Partial<ClubDetails>): Promise<void> {
    await this.fill(details);
    await this.save.tap();
  }

  /** The selected option's words of a select. */
  async selectedLabel(select: Locator): Promise<string> {
    return select.evaluate((el) => {
      const s = el as HTMLSelectElement;
      return s.selectedOptions[0]?.textContent ?? '';
    });
  }
}
