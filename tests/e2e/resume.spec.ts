import { readTable } from './browser-db';
import { area, criterion, totalCriteria } from './edition';
import { expect, test, TODAY_GERMAN } from './fixtures';
import { App } from './page-models';

// A draft can be left at any moment (reload, closed tab) and comes back exactly
// as it was, at the area last looked at; finishing it shows a light per area.

const NOTE = 'Aushang im Vereinsheim fehlt noch.';

test.describe('drafts', () => {
  test('a draft left in the middle comes back as it was, at the last area', async ({
    app,
    page,
    context,
  }) => {
    await app.clubList.goto();
    await app.createClub({
      name: 'Kleingartenverein Sonnenblick',
      category: 'Nachbarschaft und Initiative',
    });
    await app.startAssessment();
    const { assessment } = app;

    await assessment.rate(criterion(0, 0), 'grün');
    await assessment.rateAndWait(criterion(0, 1), 'rot');
    await assessment.goNext(area(1).title);
    await assessment.rate(criterion(1, 2), 'gelb');
    await assessment.openDetails(criterion(1, 2));
    await assessment.note(criterion(1, 2)).fill(NOTE);
    // After the fill the line says "Wird gespeichert …" until the note is committed.
    await expect(assessment.saved(criterion(1, 2))).toBeVisible();
    await assessment.expectOverall(3, totalCriteria);
    // Only look at area 3, then leave once the app has noted where the user is.
    await assessment.goNext(area(2).title);
    await expect
      .poll(async () => (await readTable<{ lastArea: number }>(page, 'assessments'))[0]?.lastArea)
      .toBe(2);

    await page.reload();
    await assessment.expectArea(area(2).title);
    await assessment.expectOverall(3, totalCriteria);

    // Close the tab and come back in a new one: the club list knows there is a draft.
    await page.close();
    const again = new App(await context.newPage());
    await again.clubList.goto();
    const listed = again.clubList.club('Kleingartenverein Sonnenblick');
    await expect(listed).toContainText('1 Einschätzung · Entwurf');
    await listed.tap();
    await again.club.expectOpen('Kleingartenverein Sonnenblick');
    const card = again.club.assessment(TODAY_GERMAN);
    await expect(card).toContainText('Entwurf');
    await expect(card).toContainText(`3 von ${totalCriteria} beantwortet`);

    const resumed = again.assessment;
    await again.club.resume.tap();
    await resumed.expectArea(area(2).title);
    await resumed.expectOverall(3, totalCriteria);
    await resumed.previous.tap();
    await resumed.expectArea(area(1).title);
    await expect(resumed.light(criterion(1, 2), 'gelb')).toBeChecked();
    await expect(resumed.note(criterion(1, 2))).toHaveValue(NOTE);
    await expect(resumed.lights(criterion(1, 0)).getByRole('radio', { checked: true })).toHaveCount(
      0,
    );
    await resumed.previous.tap();
    await resumed.expectArea(area(0).title);
    await expect(resumed.light(criterion(0, 0), 'grün')).toBeChecked();
    await expect(resumed.light(criterion(0, 1), 'rot')).toBeChecked();

    // Finish the resumed draft: green + red -> 0.5 and one yellow -> 0.5, both yellow.
    await resumed.walkToSummary();
    await expect(again.summary.heading).toBeVisible();
    await again.summary.expectLight(area(0).title, 'gelb');
    await again.summary.expectLight(area(1).title, 'gelb');
    await again.summary.expectLight(area(2).title, 'keine Ampel');
    await again.summary.finishAnyway();
    await expect(again.summary.finishedNotice).toBeVisible();
    await again.summary.backToClub.tap();
    await expect(card).toContainText('Abgeschlossen');
    await expect(again.club.resume).toHaveCount(0);
  });

  test('finishing shows a light per area with its counts', async ({ app, page }) => {
    await app.clubList.goto();
    await app.createClub({ name: 'Posaunenchor', category: 'Kultur, Musik, Brauchtum' });
    await app.startAssessment();
    const { assessment, summary, club } = app;

    // Area 1: 5 green, 1 yellow, 1 "trifft nicht zu" -> (5 + 0.5) / 6 ≈ 0.92 -> green.
    const first = area(0).criteria.map((c) => c.text);
    for (const text of first.slice(0, 5)) await assessment.rate(text, 'grün');
    await assessment.rate(first[5]!, 'gelb');
    await assessment.rateAndWait(first[6]!, 'trifft nicht zu');
    // Area 2: 1 red, 1 yellow, 4 open -> 0.25 -> red.
    await assessment.goNext(area(1).title);
    await assessment.rate(criterion(1, 0), 'rot');
    await assessment.rateAndWait(criterion(1, 1), 'gelb');
    // Area 3: 2 yellow, 1 green -> 0.67 -> yellow.
    await assessment.goNext(area(2).title);
    await assessment.rate(criterion(2, 0), 'gelb');
    await assessment.rate(criterion(2, 1), 'gelb');
    await assessment.rateAndWait(criterion(2, 2), 'grün');

    await assessment.walkToSummary();
    await expect(summary.heading).toBeVisible();
    await expect(page.getByText(`Posaunenchor · ${TODAY_GERMAN}`)).toBeVisible();
    await expect(page.getByText(`${totalCriteria - 12} Aussagen sind noch offen.`)).toBeVisible();

    await summary.expectLight(area(0).title, 'grün');
    expect(await summary.counts(area(0).title)).toEqual({
      grün: 5,
      gelb: 1,
      rot: 0,
      'trifft nicht zu': 1,
    });
    await summary.expectLight(area(1).title, 'rot');
    expect(await summary.counts(area(1).title)).toEqual({
      grün: 0,
      gelb: 1,
      rot: 1,
      'trifft nicht zu': 0,
      offen: 4,
    });
    await summary.expectLight(area(2).title, 'gelb');
    expect(await summary.counts(area(2).title)).toEqual({
      grün: 1,
      gelb: 2,
      rot: 0,
      'trifft nicht zu': 0,
      offen: 3,
    });
    await summary.expectLight(area(3).title, 'keine Ampel');
    expect(await summary.counts(area(3).title)).toMatchObject({
      grün: 0,
      offen: area(3).criteria.length,
    });

    await summary.finishAnyway();
    await expect(summary.finishedNotice).toBeVisible();
    await expect(summary.finish).toBeHidden();
    await expect(summary.reopen).toBeVisible();

    await page.reload();
    await expect(summary.heading).toBeVisible();
    await expect(summary.reopen).toBeVisible();
    await summary.expectLight(area(0).title, 'grün');

    await summary.backToClub.tap();
    await club.expectOpen('Posaunenchor');
    await expect(club.assessment(TODAY_GERMAN)).toContainText('Abgeschlossen');
    await expect(club.resume).toHaveCount(0);
  });
});
