import { area, criterion, shipped } from './edition';
import { expect, test, openOffline } from './fixtures';
import { expectNoAxeViolations } from './axe';

// Three meetings, three finished assessments: the club page shows how the club
// moved, compares the newest with the one before, and carries a next step from
// the first meeting to the third, where it is ticked off. All of it offline.

const first = area(0);
const c = (k: number) => criterion(0, k);

test('three meetings show three points per area, what changed, and a next step carried over', async ({
  app,
  page,
}) => {
  const { assessment, summary, progress } = app;
  await openOffline(page);
  await app.createClub({ name: 'Chor Gravenbruch' });

  // Meeting 1: two reds, a next step for the first criterion.
  await app.startAssessment({ date: '2026-01-15' });
  await assessment.rate(c(0), 'rot');
  await assessment.rateAndWait(c(1), 'rot');
  await assessment.openDetails(c(0));
  await assessment.nextStep(c(0)).fill('Ansprechperson im Vorstand benennen');
  await assessment.stepWho(c(0)).fill('Vorstand');
  await assessment.stepDue(c(0)).fill('2026-02-01');
  await expect(assessment.saved(c(0))).toBeVisible();
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();

  // The club's list of steps shows it open, and overdue (today is 14.03.2026).
  const steps = page.getByRole('list', { name: 'Nächste Schritte' });
  await expect(steps.getByRole('listitem')).toHaveCount(1);
  await expect(steps).toContainText('überfällig');
  await expect(steps).toContainText('Wer: Vorstand');

  // Meeting 2: starts from meeting 1, one criterion gets better.
  await app.startAssessment({ date: '2026-02-15', fromLast: true });
  await assessment.rateAndWait(c(1), 'gelb');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();

  // Meeting 3: the open step shows at its criterion and is ticked off there.
  await app.startAssessment({ date: '2026-03-14', fromLast: true });
  const carried = assessment.openSteps(c(0));
  await expect(carried).toContainText('Ansprechperson im Vorstand benennen');
  await carried.getByRole('checkbox', { name: 'Ansprechperson im Vorstand benennen' }).check();
  await assessment.rate(c(0), 'grün');
  await assessment.rateAndWait(c(1), 'rot');
  await assessment.rateAndWait(c(2), 'gelb');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();
  await expect(
    steps.getByRole('checkbox', { name: /Ansprechperson im Vorstand benennen/ }),
  ).toBeChecked();
  await expect(steps).not.toContainText('überfällig');

  // Progress: one point per meeting in every area, in a chart and a table.
  await page.getByRole('link', { name: 'Fortschritt ansehen' }).tap();
  await expect(progress.heading).toBeVisible();
  await progress.openChart(first.title);
  await expect(progress.chart(first.title)).toHaveAccessibleDescription(
    /15\.01\.2026: 0\s%, 15\.02\.2026: 25\s%, 14\.03\.2026: 50\s%/,
  );
  await progress.openNumbers(first.title);
  await expect(progress.numbers(first.title).getByRole('row')).toHaveCount(4);
  await progress.openNumbers(area(1).title);
  await expect(progress.numbers(area(1).title)).toContainText('keine Ampel');

  // Each criterion as a row of lights over time, words for screen readers.
  await progress.openRows(first.title);
  await expect(progress.criterionRow(c(1)).getByRole('cell')).toHaveText(['rot', 'gelb', 'rot']);

  // The comparison: newest against the one before, by default.
  await expect(progress.later).toHaveValue(/.+/);
  expect(await progress.changeCount('besser')).toBe(1);
  expect(await progress.changeCount('schlechter')).toBe(1);
  expect(await progress.changeCount('erstmals beantwortet')).toBe(1);
  await expect(progress.change(c(0))).toContainText('besser');
  await expect(progress.change(c(1))).toContainText('schlechter');
  await expect(progress.change(c(2))).toContainText('erstmals beantwortet');

  // Any two can be compared: the first against the newest.
  await progress.earlier.selectOption({ label: '15.01.2026' });
  expect(await progress.changeCount('besser')).toBe(1);
  expect(await progress.changeCount('unverändert')).toBe(1);
  await expectNoAxeViolations(page, 'the progress screen');

  // Nothing on the page is wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  // Everything above happened offline, and survives a reload.
  await page.reload();
  await progress.openChart(first.title);
  await expect(progress.chart(first.title)).toBeVisible();
});

test('with one finished assessment the progress page says so instead of an empty chart', async ({
  app,
  page,
}) => {
  const { assessment, summary, progress } = app;
  await app.clubList.goto();
  await app.createClub({ name: 'Lauftreff' });
  await app.startAssessment();
  await assessment.rateAndWait(c(0), 'gelb');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();
  await page.getByRole('link', { name: 'Fortschritt ansehen' }).tap();
  await expect(progress.heading).toBeVisible();
  await expect(
    page.getByText('Bisher gibt es eine abgeschlossene Einschätzung.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: /^Verlauf/ })).toHaveCount(0);
  await progress.openNumbers(first.title);
  await expect(progress.numbers(first.title)).toContainText('50 %');
  await expectNoAxeViolations(page, 'the progress screen with one assessment');
});

test('the overview shows every area at every meeting, with years when the meetings span two', async ({
  app,
  page,
}) => {
  const { assessment, summary, progress } = app;
  await openOffline(page);
  await app.createClub({ name: 'Turnverein Heusenstamm' });
  const meetings = [
    { date: '2025-11-20', light: 'rot' },
    { date: '2026-02-26', light: 'grün' },
  ] as const;
  for (const [i, m] of meetings.entries()) {
    await app.startAssessment(i > 0 ? { date: m.date, fromLast: true } : { date: m.date });
    await assessment.rateAndWait(c(0), m.light);
    await assessment.walkToSummary();
    await summary.finishAnyway();
    await expect(summary.reopen).toBeVisible();
    await summary.backToClub.tap();
  }
  await page.getByRole('link', { name: 'Fortschritt ansehen' }).tap();
  await expect(progress.heading).toBeVisible();

  // The overview comes first, before any chart, and no chart is unfolded.
  await expect(progress.overview).toBeVisible();
  await expect(page.getByRole('img', { name: /^Verlauf/ })).toHaveCount(0);
  await expect(progress.overview.getByRole('columnheader')).toHaveText([
    'Bereich',
    '20.11.25',
    '26.02.26',
  ]);
  const areas = shipped.areas;
  await expect(progress.overview.getByRole('row')).toHaveCount(areas.length + 1);
  for (const a of areas) {
    const cells = progress.overviewRow(a.title).getByRole('cell');
    await expect(cells).toHaveCount(meetings.length);
    for (let k = 0; k < meetings.length; k++) {
      // Each cell: the light's shape and its value, or "–" with "keine Ampel".
      await expect(cells.nth(k).locator('svg.light-symbol')).toHaveCount(1);
      await expect(cells.nth(k)).toHaveText(/^(grün|gelb|rot) \d+\s%$|^keine Ampel –$/);
    }
  }
  const firstCells = progress.overviewRow(first.title).getByRole('cell');
  await expect(firstCells.nth(0)).toHaveText(/^rot 0\s%$/);
  await expect(firstCells.nth(1)).toHaveText(/^grün 100\s%$/);

  // The chart, unfolded: dates with their year, and the threshold lines named.
  await progress.openChart(first.title);
  const chart = progress.chart(first.title);
  await expect(chart.locator('text.axis', { hasText: '20.11.25' })).toHaveCount(1);
  await expect(chart.locator('text.axis', { hasText: '26.02.26' })).toHaveCount(1);
  await expect(chart.locator('text.threshold-label')).toHaveText([
    /^grün ab \d+\s%$/,
    /^gelb ab \d+\s%$/,
  ]);

  await expectNoAxeViolations(page, 'the progress overview');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
