import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The four words of the lights, as each radio is named. */
export type LightWord = 'grün' | 'gelb' | 'rot' | 'trifft nicht zu';

/** The accessible name of a light: its word alone, checked or not. */
/** A light's radio by its exact word. */
export function lightName(word: LightWord): RegExp {
  return new RegExp(`^${word}$`);
}

/** Filling in an assessment, one area per screen. */
export class AssessmentPage extends AppShell {
  readonly overallProgress: Locator;
  readonly areaNav: Locator;
  readonly next: Locator;
  readonly previous: Locator;
  readonly back: Locator;
  readonly toSummary: Locator;
  readonly nextOpen: Locator;

  constructor(page: Page) {
    super(page);
    this.overallProgress = page.getByRole('progressbar');
    this.areaNav = page.getByRole('navigation', { name: 'Bereiche' });
    // Each names the area it leads to: "Weiter: Arbeit", "Zurück: Arbeit".
    this.next = this.areaNav.getByRole('link', { name: /^Weiter: / });
    this.previous = this.areaNav.getByRole('link', { name: /^Zurück: / });
    // On the first area the way back leads to the club page.
    this.back = this.areaNav.getByRole('link', { name: /^(Zurück: .*|Zum Verein)$/ });
    // The Übersicht (the task list of the areas) is one tap away from every area.
    this.toSummary = page.getByRole('link', { name: 'Übersicht', exact: true });
    this.nextOpen = page.getByRole('button', { name: 'Nächste offene Aussage' });
  }

  /** The area's title as the screen's heading. */
  areaHeading(title: string): Locator {
    return this.page.getByRole('heading', { level: 1, name: title, exact: true });
  }

  /** "Bereich n von t" above the heading. */
  areaPosition(n: number, total: number): Locator {
    return this.page.getByText(`Bereich ${n} von ${total}`, { exact: true });
  }

  /** The count of answered criteria in this area, e.g. "2 von 7 beantwortet". */
  areaProgress(answered: number, total: number): Locator {
    return this.page
      .getByRole('main')
      .getByText(`${answered} von ${total} beantwortet`, { exact: true });
  }

  /** The one-line bar over the area: the club's name, the meeting's date and the count. */
  async expectSubject(club: string, date: string): Promise<void> {
    const bar = this.page.locator('.assessment-bar');
    await expect(bar.locator('.bar-club')).toHaveText(club);
    await expect(bar.locator('.bar-date')).toHaveText(date);
  }

  /** Waits for the area screen with this title. */
  async expectArea(title: string): Promise<void> {
    await expect(this.areaHeading(title)).toBeVisible();
  }

  /** Asserts the overall progress bar and its words ("x von y beantwortet"). */
  async expectOverall(answered: number, total: number): Promise<void> {
    await expect(this.overallProgress).toHaveAccessibleName(`${answered} von ${total} beantwortet`);
    await expect(this.overallProgress).toHaveAttribute('value', String(answered));
  }

  /** The lights of one criterion: a radio group named by the criterion's text. */
  lights(criterion: string): Locator {
    return this.page.getByRole('radiogroup', { name: criterion, exact: true });
  }

  /** One light of one criterion. */
  light(criterion: string, word: LightWord): Locator {
    return this.lights(criterion).getByRole('radio', { name: lightName(word) });
  }

  /** The whole card of a criterion: text, lights, details and save line. */
  card(criterion: string): Locator {
    return this.page.getByRole('listitem').filter({ has: this.lights(criterion) });
  }

  /** The card's "✓ gespeichert" line, shown once the last write is committed. */
  saved(criterion: string): Locator {
    return this.card(criterion).getByText('✓ gespeichert', { exact: true });
  }

  /** The card's "Wird gespeichert …" line, shown while a write is in flight. */
  saving(criterion: string): Locator {
    return this.card(criterion).getByText('Wird gespeichert …', { exact: true });
  }

  /** Rates a criterion with one tap. */
  async rate(criterion: string, word: LightWord): Promise<void> {
    await this.light(criterion, word).tap();
    await expect(this.light(criterion, word)).toBeChecked();
  }

  /** Rates and waits until the screen says the rating is saved. */
  async rateAndWait(criterion: string, word: LightWord): Promise<void> {
    await this.rate(criterion, word);
    await expect(this.saved(criterion)).toBeVisible();
  }

  /** The details toggle of a card ("Notiz oder nächsten Schritt ergänzen"). */
  detailsToggle(criterion: string): Locator {
    return this.card(criterion).getByText('Notiz oder nächsten Schritt ergänzen', { exact: true });
  }

  note(criterion: string): Locator {
    return this.card(criterion).getByRole('textbox', { name: 'Notiz', exact: true });
  }

  /** The next step's fields, inside the group "Nächster Schritt". */
  nextStep(criterion: string): Locator {
    return this.stepGroup(criterion).getByRole('textbox', { name: 'Was ist zu tun?' });
  }

  stepWho(criterion: string): Locator {
    return this.stepGroup(criterion).getByRole('textbox', { name: 'Wer kümmert sich?' });
  }

  stepDue(criterion: string): Locator {
    return this.stepGroup(criterion).getByLabel('Bis wann?');
  }

  private stepGroup(criterion: string): Locator {
    return this.card(criterion).getByRole('group', { name: 'Nächster Schritt' });
  }

  /** The open steps from earlier meetings shown on a card. */
  openSteps(criterion: string): Locator {
    return this.card(criterion).getByRole('region', {
      name: 'Offene Schritte aus früheren Treffen',
    });
  }

  /** Opens a card's details unless they are open already. */
  async openDetails(criterion: string): Promise<void> {
    if (!(await this.note(criterion).isVisible())) await this.detailsToggle(criterion).tap();
    await expect(this.note(criterion)).toBeVisible();
  }

  /** Goes to the next area and waits for its heading. */
  async goNext(nextTitle: string): Promise<void> {
    await this.next.tap();
    await this.expectArea(nextTitle);
  }

  /** Opens the Übersicht from the area on screen. */
  async walkToSummary(): Promise<void> {
    await this.toSummary.tap();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
  }
}
