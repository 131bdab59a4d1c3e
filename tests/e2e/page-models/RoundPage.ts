import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';
import { lightName, type LightWord } from './AssessmentPage';

/**
 * A round at the meeting, on every phone: the moderator's screen (start,
 * join code, collect, end), a participant's (join, rate, show the code),
 * passing one phone, the spread and the big-screen view.
 */
export class RoundPage extends AppShell {
  // The moderator's round screen.
  readonly startHeading: Locator;
  readonly startRound: Locator;
  readonly joinQr: Locator;
  readonly joinCode: Locator;
  /** Turns the camera on: the first time the round's button, later the scanner's own. */
  readonly cameraOn: Locator;
  readonly cameraOff: Locator;
  readonly typedAnswers: Locator;
  readonly count: Locator;
  readonly answersFile: Locator;
  readonly toSpread: Locator;
  readonly passPhone: Locator;
  readonly bigScreen: Locator;
  readonly end: Locator;
  readonly endDialog: Locator;
  // A participant's phone.
  readonly joinLink: Locator;
  readonly joinHeading: Locator;
  readonly typedJoin: Locator;
  readonly join: Locator;
  readonly rateHeading: Locator;
  readonly showCode: Locator;
  readonly answerQr: Locator;
  readonly answerCode: Locator;
  readonly shareFile: Locator;
  readonly leave: Locator;
  // Passing one phone.
  readonly passDone: Locator;
  readonly passNext: Locator;
  readonly passFinish: Locator;
  // The spread.
  readonly spreadHeading: Locator;
  readonly disputed: Locator;
  readonly unanimous: Locator;
  readonly takeUnanimous: Locator;
  // The big screen.
  readonly bigHeading: Locator;

  constructor(page: Page) {
    super(page);
    this.startHeading = page.getByRole('heading', {
      level: 1,
      name: 'Runde: Jede*r stimmt selbst ab',
    });
    this.startRound = page.getByRole('button', { name: 'Runde starten' });
    this.joinQr = page.getByRole('img', { name: 'QR-Code zum Mitmachen' });
    this.joinCode = page.getByTestId('join-code');
    this.cameraOn = page.getByRole('button', { name: 'Kamera einschalten' });
    this.cameraOff = page.getByRole('button', { name: 'Kamera beenden' });
    this.typedAnswers = page.getByLabel('Code mit Antworten eintippen');
    this.count = page.getByRole('button', { name: 'Zählen' });
    this.answersFile = page.getByLabel('Code als Datei wählen');
    this.toSpread = page.getByRole('link', { name: 'Ergebnis ansehen und einigen' });
    this.passPhone = page.getByRole('link', { name: 'Handy weitergeben' });
    this.bigScreen = page.getByRole('link', { name: 'Großbildansicht für Beamer oder Fernseher' });
    this.end = page.getByRole('button', { name: 'Runde beenden' });
    this.endDialog = page.getByRole('dialog', { name: 'Runde beenden?' });

    this.joinLink = page.getByRole('link', { name: 'An einer Runde teilnehmen' });
    this.joinHeading = page.getByRole('heading', { level: 1, name: 'An einer Runde teilnehmen' });
    this.typedJoin = page.getByLabel('Code zum Mitmachen eintippen');
    this.join = page.getByRole('button', { name: 'Mitmachen' });
    this.rateHeading = page.getByRole('heading', { name: 'Eure Ampeln' });
    this.showCode = page.getByRole('button', { name: 'Fertig: Code zeigen' });
    this.answerQr = page.getByRole('img', { name: 'QR-Code mit euren Ampeln' });
    this.answerCode = page.getByTestId('answer-code');
    this.shareFile = page.getByRole('button', { name: 'Als Datei teilen' });
    this.leave = page.getByRole('button', { name: 'Fertig: Runde verlassen' });

    this.passDone = page.getByRole('button', { name: 'Fertig: verdecken und weitergeben' });
    this.passNext = page.getByRole('button', { name: 'Nächste Person beginnt' });
    this.passFinish = page.getByRole('button', { name: 'Alle sind fertig: zum Ergebnis' });

    this.spreadHeading = page.getByRole('heading', { level: 1, name: 'Ergebnis der Runde' });
    this.disputed = page.getByRole('region', { name: 'Hier seht ihr es verschieden' });
    this.unanimous = page.getByRole('region', { name: 'Hier seid ihr euch einig' });
    this.takeUnanimous = page.getByRole('button', { name: /gemeinsamen? Ampeln? übernehmen/ });

    this.bigHeading = page.getByRole('heading', { level: 1, name: /^Großbildansicht/ });
  }

  /** A status line that says `text` (the screen's or the camera's). */
  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** The alert that says something (empty alert regions stay on the page). */
  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  /** On the moderator's screen: only these areas go into the round. */
  async chooseOnly(titles: readonly string[]): Promise<void> {
    const areas = this.page.getByRole('group', { name: 'Welche Bereiche kommen in die Runde?' });
    for (const box of await areas.getByRole('checkbox').all()) {
      const label = await box.evaluate((e) => e.closest('label')?.textContent ?? '');
      if (titles.some((title) => label.startsWith(`${title} (`))) await box.check();
      else await box.uncheck();
    }
  }

  /** A light of a statement: on a participant's phone, when passing the phone, or the group's on the spread. */
  light(statement: string, word: LightWord): Locator {
    return this.page
      .getByRole('radiogroup', { name: statement, exact: true })
      .getByRole('radio', { name: lightName(word) });
  }

  /** Rates a statement on a participant's phone or when passing it. */
  async rate(statement: string, word: LightWord): Promise<void> {
    await this.light(statement, word).tap();
    await expect(this.light(statement, word)).toBeChecked();
  }

  /** The group's light for a statement on the spread (its radio group is described by the statement). */
  agreed(statement: string, word: LightWord): Locator {
    return this.item(statement)
      .getByRole('radiogroup', { name: 'Eure gemeinsame Ampel' })
      .getByRole('radio', { name: lightName(word) });
  }

  /** A statement's entry on the spread. */
  item(statement: string): Locator {
    return this.page
      .getByRole('listitem')
      .filter({ has: this.page.getByText(statement, { exact: true }) });
  }

  /** The spread of a statement as its rows read: "grün: 2", … */
  spreadOf(statement: string): Locator {
    return this.item(statement).getByRole('list', { name: /^So verteil/ });
  }

  /** Types an answer code on the moderator's phone and counts it. */
  async typeAnswers(code: string): Promise<void> {
    await this.typedAnswers.fill(code);
    await this.count.tap();
  }
}
