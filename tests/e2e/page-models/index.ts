import type { Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { AssessmentPage } from './AssessmentPage';
import { BackupSection } from './BackupSection';
import { ClubFormPage, type ClubDetails } from './ClubFormPage';
import { ClubListPage } from './ClubListPage';
import { ClubPage } from './ClubPage';
import { ExportPage } from './ExportPage';
import { OfficePage } from './OfficePage';
import { ProgressPage } from './ProgressPage';
import { RoundPage } from './RoundPage';
import { SettingsPage } from './SettingsPage';
import { StartPage } from './StartPage';
import { SummaryPage } from './SummaryPage';

export { AppShell, AssessmentPage, ClubFormPage, ClubListPage, ClubPage, SettingsPage };
export { BackupSection, ExportPage, OfficePage, ProgressPage, RoundPage, StartPage, SummaryPage };
export type { ClubDetails };
export type { LightWord } from './AssessmentPage';

/** Every screen of the app for one page, plus a few journeys that several specs share. */
export class App {
  readonly shell: AppShell;
  readonly clubList: ClubListPage;
  readonly clubForm: ClubFormPage;
  readonly club: ClubPage;
  readonly start: StartPage;
  readonly assessment: AssessmentPage;
  readonly summary: SummaryPage;
  readonly settings: SettingsPage;
  readonly progress: ProgressPage;
  readonly export: ExportPage;
  readonly backup: BackupSection;
  readonly office: OfficePage;
  readonly round: RoundPage;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.clubList = new ClubListPage(page);
    this.clubForm = new ClubFormPage(page);
    this.club = new ClubPage(page);
    this.start = new StartPage(page);
    this.assessment = new AssessmentPage(page);
    this.summary = new SummaryPage(page);
    this.settings = new SettingsPage(page);
    this.progress = new ProgressPage(page);
    this.export = new ExportPage(page);
    this.backup = new BackupSection(page);
    this.office = new OfficePage(page);
    this.round = new RoundPage(page);
  }

  /** From the club list: creates a club and lands on its page. */
  async createClub(details: ClubDetails): Promise<void> {
    await this.clubList.addClub.tap();
    await this.clubForm.newHeading.waitFor();
    await this.clubForm.submit(details);
    await this.club.expectOpen(details.name);
  }

  /** From a club's page: starts an assessment (optionally on another date) and lands on area 1. */
  async startAssessment(options: { date?: string; fromLast?: boolean } = {}): Promise<void> {
    await this.club.startAssessment.tap();
    await this.start.heading.waitFor();
    if (options.date !== undefined) await this.start.date.fill(options.date);
    if (options.fromLast !== undefined) await this.start.fromLast.setChecked(options.fromLast);
    await this.start.begin.tap();
    await this.page.getByText(/^Bereich 1 von \d+$/).waitFor();
  }
}
