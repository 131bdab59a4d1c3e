import type { Locator, Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** Starting an assessment: the meeting date and where to start from. */
export class StartPage extends AppShell {
  readonly heading: Locator;
  readonly date: Locator;
  readonly fromLast: Locator;
  readonly begin: Locator;
  readonly cancel: Locator;

  constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('heading', { level: 1, name: 'Neue Einschätzung' });
    this.date = page.getByLabel('Datum des Treffens');
    this.fromLast = page.getByRole('checkbox', {
      name: 'Mit den Antworten der letzten Einschätzung beginnen',
    });
    this.begin = page.getByRole('button', { name: 'Los geht’s' });
    this.cancel = page.getByRole('link', { name: 'Abbrechen' });
  }

  /** A message in an alert, e.g. the date error. */
  alert(text: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
