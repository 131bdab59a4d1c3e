import type { Page } from '@playwright/test';
import { LOCALES } from '../../src/locale/locales';
import { expectNoAxeViolations } from './axe';
import { criterion } from './edition';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { findOverflow } from './large-text';
import type { App } from './page-models';

// Every screen in every language the app offers, offline at 360 px: the
// document's lang and dir from the list of languages (Arabic right to left),
// nothing wider than the screen, no cut-off button or light, axe clean. The
// data is made once in German; the language is then chosen as a user does.

test.use({ actionTimeout: 15_000, navigationTimeout: 15_000 });

const offered = LOCALES.filter((l) => !('testOnly' in l && l.testOnly));

/** The subject ids of the screens, read from the addresses as the app builds them. */
interface Subjects {
  club: string;
  draft: string;
  done: string;
  round: string;
}

const idIn = (url: string, after: string) =>
  decodeURIComponent(url.split(`${after}/`)[1]!.split('/')[0]!);

/** A club with a finished assessment, a draft, and a second draft with a round and one answer in. */
async function makeData(app: App): Promise<Subjects> {
  const { page, assessment, summary, round } = app;
  await app.createClub({ name: 'Kulturverein Gravenbruch' });
  const club = idIn(page.url(), '#/vereine');
  await app.startAssessment({ date: '2026-02-10' });
  await assessment.rateAndWait(criterion(0, 0), 'grün');
  const done = idIn(page.url(), '#/einschaetzung');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await summary.backToClub.tap();
  await app.startAssessment();
  const draft = idIn(page.url(), '#/einschaetzung');
  await assessment.rateAndWait(criterion(0, 1), 'rot');
  await page.goto(`/#/vereine/${encodeURIComponent(club)}`);
  await app.startAssessment({ date: '2026-03-15' });
  const roundId = idIn(page.url(), '#/einschaetzung');
  await page.goto(`/#/einschaetzung/${encodeURIComponent(roundId)}/runde`);
  await round.startRound.tap();
  await round.passPhone.tap();
  await round.rate(criterion(0, 0), 'grün');
  await round.passDone.tap();
  return { club, draft, done, round: roundId };
}

function screens(s: Subjects): [string, string][] {
  const c = encodeURIComponent(s.club);
  const a = (id: string, rest: string) => `/#/einschaetzung/${encodeURIComponent(id)}/${rest}`;
  return [
    ['club list', '/#/'],
    ['language', '/#/sprache'],
    ['new club', '/#/vereine/neu'],
    ['club', `/#/vereine/${c}`],
    ['club form', `/#/vereine/${c}/bearbeiten`],
    ['start', `/#/vereine/${c}/einschaetzung/neu`],
    ['area', a(s.draft, 'bereich/1')],
    ['summary (draft)', a(s.draft, 'uebersicht')],
    ['summary (finished)', a(s.done, 'uebersicht')],
    ['share', a(s.done, 'weitergeben')],
    ['progress', `/#/vereine/${c}/fortschritt`],
    ['settings', '/#/einstellungen'],
    ['office', '/#/auswertung'],
    ['round start', a(s.draft, 'runde')],
    ['round running', a(s.round, 'runde')],
    ['round spread', a(s.round, 'runde/ergebnis')],
    ['round big screen', a(s.round, 'runde/leinwand')],
    ['round passing the phone', a(s.round, 'runde/reihum')],
    ['joining a round', '/#/runde'],
  ];
}

async function chooseLanguage(page: Page, name: string, intl: string) {
  await page.goto('/#/sprache');
  await page.getByRole('radio', { name, exact: true }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', intl);
}

test('every screen in every language: lang and dir, nothing wider than 360 px, axe clean', async ({
  app,
  page,
}) => {
  test.setTimeout(300_000);
  await app.clubList.goto();
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
  const subjects = await makeData(app);
  const problems: string[] = [];
  for (const language of offered) {
    await chooseLanguage(page, language.name, language.intl);
    for (const [name, address] of screens(subjects)) {
      await page.goto(address);
      await expect(page.locator('#screen-title')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
      await expect(page.locator('html')).toHaveAttribute('lang', language.intl);
      const { pageWidth, viewport, cut } = await findOverflow(page);
      if (pageWidth > viewport) problems.push(`${language.id} ${name}: page ${pageWidth} px wide`);
      problems.push(...cut.map((c) => `${language.id} ${name}: ${c}`));
      await expectNoAxeViolations(page, `${name} (${language.id})`);
    }
  }
  expect(problems).toEqual([]);
  // The choice stays with the device: a reload keeps the last language.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', offered.at(-1)!.intl);
});
