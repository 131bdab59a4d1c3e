import { expectNoAxeViolations } from './axe';
import { area, criterion, shipped, totalCriteria } from './edition';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import { findOverflow, openWithTextSize } from './large-text';
import type { App } from './page-models';

// At the meeting, on one phone, offline: the group finds its way through the
// statements with the task list and "next open statement", is asked before
// finishing with open statements, and confirms each light carried over from
// last time. Every screen of an assessment reflows at 200 % text and at 320 px.

/** Creates a club and goes offline once the service worker controls the page. */
async function offlineClub(app: App, name: string) {
  await app.clubList.goto();
  await waitForServiceWorkerControl(app.page);
  await app.createClub({ name });
  await app.page.context().setOffline(true);
}

/**
 * Finishes a first assessment on 10.02.2026 (first statement green, second
 * red), then starts the next one from its lights: a choice, not the default.
 */
async function startFromLastTime(app: App) {
  const { assessment, summary, start, club } = app;
  await app.startAssessment({ date: '2026-02-10' });
  await assessment.rate(criterion(0, 0), 'grün');
  await assessment.rateAndWait(criterion(0, 1), 'rot');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await summary.backToClub.tap();
  await club.startAssessment.tap();
  await expect(start.fromLast).not.toBeChecked();
  await start.fromLast.check();
  await start.begin.tap();
  await assessment.expectArea(area(0).title);
}

test.describe('the meeting on one phone', () => {
  test('the task list opens any area, and the Übersicht is one tap from every area', async ({
    app,
  }) => {
    const { assessment, summary } = app;
    await offlineClub(app, 'Chor Zeppelinheim');
    await app.startAssessment();
    await assessment.rateAndWait(criterion(0, 0), 'grün');
    await assessment.toSummary.tap();
    await expect(summary.heading).toBeVisible();
    await expect(summary.area(area(0).title)).toContainText(
      `1 von ${area(0).criteria.length} beantwortet`,
    );
    await expect(summary.area(area(4).title)).toContainText('Noch nicht begonnen');

    await summary.areaLink(area(4).title).tap();
    await assessment.expectArea(area(4).title);
    await assessment.toSummary.tap();
    await summary.areaLink(area(7).title).tap();
    await assessment.expectArea(area(7).title);
  });

  test('"next open statement" reaches each open one in turn, across areas', async ({ app }) => {
    const { assessment } = app;
    await offlineClub(app, 'Schachclub');
    await app.startAssessment();
    // Everything in area 1 but its second statement, and the first of area 2.
    const first = area(0).criteria.map((c) => c.text);
    for (const text of first.filter((_, i) => i !== 1)) await assessment.rate(text, 'gelb');
    await assessment.next.tap();
    await assessment.expectArea(area(1).title);
    await assessment.rateAndWait(criterion(1, 0), 'rot');
    await assessment.previous.tap();
    await assessment.expectArea(area(0).title);

    const focusedCard = () =>
      app.page.evaluate(
        () =>
          document.activeElement?.closest('.criterion')?.querySelector('.criterion-text')
            ?.textContent,
      );
    await assessment.nextOpen.tap();
    await expect.poll(focusedCard).toBe(criterion(0, 1));
    await assessment.nextOpen.tap();
    await assessment.expectArea(area(1).title);
    await expect.poll(focusedCard).toBe(criterion(1, 1));
    await assessment.nextOpen.tap();
    await expect.poll(focusedCard).toBe(criterion(1, 2));
    // The open statement is never hidden under the bar.
    const card = assessment.card(criterion(1, 2));
    await expect
      .poll(async () => {
        const bar = await app.page.locator('.assessment-bar').boundingBox();
        const box = await card.boundingBox();
        return bar && box ? box.y >= bar.y + bar.height - 1 : false;
      })
      .toBe(true);
  });

  test('an empty start, every light, and three other taps: the group is led on and finishes', async ({
    app,
  }) => {
    const { assessment, summary, club } = app;
    await offlineClub(app, 'Boule-Freunde');
    // Other taps: "Neue Einschätzung", "Los geht’s" … and "Einschätzung abschließen".
    await club.startAssessment.tap();
    await expect(app.start.fromLast).toHaveCount(0);
    await app.start.begin.tap();
    for (const [i, a] of shipped.areas.entries()) {
      await assessment.expectArea(a.title);
      await assessment.expectOverall(
        shipped.areas.slice(0, i).reduce((n, x) => n + x.criteria.length, 0),
        totalCriteria,
      );
      for (const c of a.criteria) await assessment.rate(c.text, 'grün');
    }
    // After the last light the Übersicht opens by itself.
    await expect(summary.heading).toBeVisible();
    await expect(summary.toFirstOpen).toHaveCount(0);
    await summary.finish.tap();
    await expect(summary.ask).toHaveCount(0);
    await expect(summary.finishedNotice).toBeVisible();
  });

  test('finishing with open statements asks, lists them, and leads to the first one', async ({
    app,
  }) => {
    const { assessment, summary } = app;
    await offlineClub(app, 'Tanzgruppe');
    await app.startAssessment();
    for (const c of area(0).criteria) await assessment.rate(c.text, 'grün');
    await expect(assessment.areaHeading(area(1).title)).toBeVisible();
    await assessment.rateAndWait(criterion(1, 0), 'rot');
    await assessment.toSummary.tap();
    const open = totalCriteria - area(0).criteria.length - 1;
    await expect(app.page.getByText(`${open} Aussagen sind noch offen.`).first()).toBeVisible();

    await summary.finish.tap();
    await expect(summary.ask).toBeVisible();
    await expect(summary.ask.getByRole('listitem')).toHaveCount(open);
    await expect(summary.ask.getByRole('listitem').first()).toHaveText(criterion(1, 1));
    await expectNoAxeViolations(app.page, 'the question before finishing');
    await summary.ask.getByRole('link', { name: 'Zur ersten offenen Aussage' }).tap();
    await assessment.expectArea(area(1).title);
    // Nothing was finished on the way.
    await assessment.toSummary.tap();
    await expect(summary.finish).toBeVisible();
  });

  test('a carried light stays unconfirmed until tapped, and the Übersicht counts it', async ({
    app,
  }) => {
    const { assessment } = app;
    await offlineClub(app, 'Kleingartenverein');
    await startFromLastTime(app);
    await assessment.expectArea(area(0).title);
    const mark = (text: string) =>
      assessment.card(text).getByText('vom letzten Mal (10.02.2026), noch nicht bestätigt');
    await expect(mark(criterion(0, 0))).toBeVisible();
    await expect(mark(criterion(0, 1))).toBeVisible();
    await expect(assessment.lights(criterion(0, 0))).toHaveAccessibleDescription(
      'vom letzten Mal (10.02.2026), noch nicht bestätigt',
    );

    // The same light confirms, another one changes; both lose the mark.
    await assessment.light(criterion(0, 0), 'grün').tap();
    await expect(mark(criterion(0, 0))).toHaveCount(0);
    await expect(assessment.saved(criterion(0, 0))).toBeVisible();
    await assessment.rateAndWait(criterion(0, 1), 'gelb');
    await expect(mark(criterion(0, 1))).toHaveCount(0);

    await app.page.reload();
    await assessment.expectArea(area(0).title);
    await expect(mark(criterion(0, 0))).toHaveCount(0);
    await assessment.walkToSummary();
    await expect(app.page.getByTestId('carried-count')).toHaveText(
      'Begonnen mit den Ampeln vom 10.02.2026. 2 Ampeln habt ihr heute gegeben oder bestätigt, 0 sind noch vom letzten Mal.',
    );
  });

  test('the Übersicht counts an unconfirmed carried light, and finishing asks about it', async ({
    app,
  }) => {
    const { assessment, summary } = app;
    await offlineClub(app, 'Angelverein');
    await startFromLastTime(app);
    await assessment.rateAndWait(criterion(0, 1), 'rot');
    await assessment.walkToSummary();
    await expect(app.page.getByTestId('carried-count')).toHaveText(
      'Begonnen mit den Ampeln vom 10.02.2026. 1 Ampel habt ihr heute gegeben oder bestätigt, 1 ist noch vom letzten Mal.',
    );
    await expect(summary.area(area(0).title)).toContainText(
      '1 vom letzten Mal noch nicht bestätigt',
    );
    await summary.finish.tap();
    await expect(summary.ask).toContainText('1 Ampel vom letzten Mal ist noch nicht bestätigt.');
    await expect(
      summary.ask.getByRole('listitem').filter({ hasText: criterion(0, 0) }),
    ).toContainText('vom letzten Mal, nicht bestätigt');
  });
});

test('from light to action: an idea for a red statement becomes the club’s next step in one tap', async ({
  app,
}) => {
  const { assessment, summary, club } = app;
  await offlineClub(app, 'Sportfreunde Gravenbruch');
  await app.startAssessment();
  await assessment.rateAndWait(criterion(0, 0), 'rot');
  await assessment.rateAndWait(criterion(0, 2), 'grün');
  await assessment.toSummary.tap();
  const ideas = app.page.getByRole('region', { name: 'Vom Licht zur Tat' });
  await expect(ideas.getByRole('listitem').filter({ hasText: criterion(0, 0) })).toBeVisible();
  await expect(ideas).not.toContainText(criterion(0, 2));
  const first = shipped.areas[0]!.criteria[0]!.ideas?.[0] ?? '';
  expect(first.length).toBeGreaterThan(10);
  await ideas.getByRole('button', { name: 'Als nächsten Schritt übernehmen' }).first().tap();
  await expect(ideas.getByText('Euer nächster Schritt:')).toBeVisible();
  await expect(ideas).toContainText(first);
  await ideas.getByRole('textbox', { name: 'Wer kümmert sich?' }).fill('Jürgen');
  await ideas.getByRole('textbox', { name: 'Wer kümmert sich?' }).blur();
  await expectNoAxeViolations(app.page, 'the Übersicht with ideas');

  await summary.backToClub.tap();
  const step = club.page.getByRole('list', { name: 'Nächste Schritte' }).getByRole('listitem');
  await expect(step).toContainText(first);
  await expect(step).toContainText('Wer: Jürgen');
  await expect(step).toContainText(`zu „${criterion(0, 0)}“`);
});

test.describe('every screen of an assessment reflows', () => {
  for (const variant of [
    { name: 'at 200 % text', fontPx: 32, width: 360 },
    { name: 'at 320 px', fontPx: 16, width: 320 },
  ]) {
    test(`${variant.name}: nothing wider than the screen, no light or button cut off, axe clean`, async ({
      baseURL,
    }) => {
      test.setTimeout(180_000);
      const phone = await openWithTextSize({ baseURL: baseURL ?? '', ...variant });
      try {
        const { app, page } = phone;
        const check = async (screen: string) => {
          const found = await findOverflow(page);
          expect(found.cut, `${screen} ${variant.name}`).toEqual([]);
          expect(found.pageWidth, `${screen} ${variant.name}`).toBeLessThanOrEqual(found.viewport);
        };
        const checkBoth = async (screen: string) => {
          await check(screen);
          await expectNoAxeViolations(page, `${screen} ${variant.name}`);
          await page.emulateMedia({ colorScheme: 'dark' });
          await expectNoAxeViolations(page, `${screen} ${variant.name}, dark`);
          await page.emulateMedia({ colorScheme: 'light' });
        };
        await app.clubList.goto();
        await checkBoth('the start screen');
        await app.createClub({
          name: 'Türkisch-Deutscher Kulturverein Großstraße Neu-Isenburg e. V.',
        });
        await checkBoth('the club page');
        await app.club.startAssessment.tap();
        await expect(app.start.heading).toBeVisible();
        await checkBoth('starting an assessment');
        await app.start.begin.tap();
        for (const [i, a] of shipped.areas.entries()) {
          if (i > 0) await app.assessment.next.tap();
          await app.assessment.expectArea(a.title);
          // A red light in the first area brings ideas onto the Übersicht.
          await app.assessment.rateAndWait(
            a.criteria[0]!.text,
            i === 0 ? 'rot' : 'trifft nicht zu',
          );
          await app.assessment.openDetails(a.criteria[0]!.text);
          if (i === 0) await checkBoth(`area ${i + 1}`);
          else await check(`area ${i + 1}`);
        }
        await app.assessment.walkToSummary();
        await checkBoth('the Übersicht');
        await app.summary.finish.tap();
        await expect(app.summary.ask).toBeVisible();
        await checkBoth('the question before finishing');
      } finally {
        await phone.close();
      }
    });
  }
});
