import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { startsWith } from './text';

/** One club: its details, its assessments and the delete dialog. */
export class ClubPage extends AppShell {
  readonly edit: Locator;
  readonly delete: Locator;
  readonly assessments: Locator;
  readonly noAssessments: Locator;
  readonly startAssessment: Locator;
  readonly resume: Locator;
  readonly deleteDialog: Locator;
  readonly confirmDelete: Locator;
  readonly cancelDelete: Locator;

  constructor(page: Page) {
    super(page);
    this.edit = page.getByRole('link', { name: 'Bearbeiten', exact: true });
    this.delete = page.getByRole('button', { name: 'Löschen', exact: true });
    this.assessments = page.getByRole('list', { name: 'Einschätzungen' });
    this.noAssessments = page.getByText('Noch keine Einschätzung.');
    this.startAssessment = page.getByRole('link', { name: 'Neue Einschätzung' });
    this.resume = page.getByRole('link', { name: 'Weiter ausfüllen' });
    this.deleteDialog = page.getByRole('dialog');
    this.confirmDelete = this.deleteDialog.getByRole('button', { name: 'Endgültig löschen' });
    this.cancelDelete = this.deleteDialog.getByRole('button', { name: 'Abbrechen' });
  }

  /** The club's name as the screen's heading. */
  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** Waits until the page of this club is shown. */
  async expectOpen(name: string): Promise<void> {
    await expect(this.heading(name)).toBeVisible();
    await expect(this.assessments.or(this.noAssessments)).toBeVisible();
  }

  /** The card of an assessment by its German date (e.g. "14.03.2026"). */
  assessment(germanDate: string): Locator {
    return this.assessments.getByRole('link', { name: startsWith(germanDate) });
  }

  /** Opens the delete dialog and waits for its question. */
  async askToDelete(name: string): Promise<void> {
    await this.delete.tap();
    await expect(this.deleteDialog).toBeVisible();
    await expect(this.deleteDialog).toHaveAccessibleName(`„${name}“ löschen?`);
  }
}
