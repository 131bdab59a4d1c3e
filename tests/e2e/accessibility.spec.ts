import { expectNoAxeViolations } from './axe';
import { area, criterion } from './edition';
import { expect, test } from './fixtures';

// axe-core (WCAG 2.2 AA and best practices) on every screen and state a user
// meets, in the light and in the dark theme.

test.describe('accessibility', () => {
  test('club list, club form and club page', async ({ app, page }) => {
    const { clubList, clubForm, club } = app;
    await clubList.goto();
    await expect(clubList.emptyState).toBeVisible();
    await expectNoAxeViolations(page, 'the empty club list');

    await clubList.addClub.tap();
    await expect(clubForm.newHeading).toBeVisible();
    await expectNoAxeViolations(page, 'the new-club form');
    await clubForm.save.tap();
    await expect(clubForm.errorSummary).toBeVisible();
    await expectNoAxeViolations(page, 'the club form with an error');

    await clubForm.submit({ name: 'Kulturverein Anatolia', category: 'Migrant*innenorganisation' });
    await club.expectOpen('Kulturverein Anatolia');
    await expectNoAxeViolations(page, 'a club page without assessments');

    await club.edit.tap();
    await expect(clubForm.editHeading).toBeVisible();
    await expectNoAxeViolations(page, 'the edit-club form');
    await clubForm.cancel.tap();

    await club.askToDelete('Kulturverein Anatolia');
    await expectNoAxeViolations(page, 'the delete dialog');
    await club.cancelDelete.tap();

    await clubList.goHome();
    await expect(clubList.club('Kulturverein Anatolia')).toBeVisible();
    await expectNoAxeViolations(page, 'the club list with a club');
  });

  test('start screen, area screen, summary and club page with assessments', async ({
    app,
    page,
  }) => {
    const { club, start, assessment, summary } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Radsportgruppe' });

    await club.startAssessment.tap();
    await expect(start.heading).toBeVisible();
    await expectNoAxeViolations(page, 'the start screen');
    await start.date.fill('');
    await start.begin.tap();
    await expect(start.alert('Bitte gebt ein Datum ein.')).toBeVisible();
    await expectNoAxeViolations(page, 'the start screen with a date error');
    await start.date.fill('2026-03-14');
    await start.begin.tap();

    await assessment.expectArea(area(0).title);
    await expectNoAxeViolations(page, 'an area screen, nothing rated');
    await assessment.rate(criterion(0, 0), 'grün');
    await assessment.rate(criterion(0, 1), 'gelb');
    await assessment.rate(criterion(0, 2), 'rot');
    await assessment.rateAndWait(criterion(0, 3), 'trifft nicht zu');
    await assessment.openDetails(criterion(0, 3));
    await assessment.note(criterion(0, 3)).fill('Noch klären');
    await expect(assessment.saved(criterion(0, 3))).toBeVisible();
    await expectNoAxeViolations(page, 'an area screen with every light and an open note');

    await assessment.walkToSummary();
    await expect(summary.heading).toBeVisible();
    await expectNoAxeViolations(page, 'the summary of a draft');
    await summary.finishAnyway();
    await expect(summary.finishedNotice).toBeVisible();
    await expectNoAxeViolations(page, 'the summary of a finished assessment');

    await summary.backToClub.tap();
    await club.expectOpen('Radsportgruppe');
    await expectNoAxeViolations(page, 'a club page with assessments');
    await club.startAssessment.tap();
    await expect(start.fromLast).toBeVisible();
    await expectNoAxeViolations(page, 'the start screen with "start from the last one"');
  });

  test('settings, also after a refused file', async ({ app, page }) => {
    const { settings } = app;
    await app.clubList.goto();
    await settings.openFromHeader();
    await expectNoAxeViolations(page, 'the settings');
    await settings.importEdition('kaputt.json', '{');
    await expect(settings.message('alert', 'keine gültige JSON-Datei')).toBeVisible();
    await expectNoAxeViolations(page, 'the settings with an import error');
  });

  test('the dark theme', async ({ app, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const { assessment, summary } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Nachbarschaftshilfe' });
    await app.clubList.goHome();
    await expectNoAxeViolations(page, 'the club list (dark)');
    await app.clubList.club('Nachbarschaftshilfe').tap();
    await app.startAssessment();
    await assessment.rate(criterion(0, 0), 'grün');
    await assessment.rate(criterion(0, 1), 'gelb');
    await assessment.rate(criterion(0, 2), 'rot');
    await assessment.rateAndWait(criterion(0, 3), 'trifft nicht zu');
    await expectNoAxeViolations(page, 'an area screen (dark)');
    await assessment.walkToSummary();
    await expect(summary.heading).toBeVisible();
    await expectNoAxeViolations(page, 'the summary (dark)');
    await app.settings.openFromHeader();
    await expectNoAxeViolations(page, 'the settings (dark)');
  });

  test('each light is named by its word alone, also when checked', async ({ app }) => {
    await app.clubList.goto();
    await app.createClub({ name: 'Theatergruppe' });
    await app.startAssessment();
    await app.assessment.rateAndWait(criterion(0, 0), 'grün');
    const radios = app.assessment.lights(criterion(0, 0)).getByRole('radio');
    const words = ['grün', 'gelb', 'rot', 'trifft nicht zu'];
    for (const [i, word] of words.entries())
      await expect(radios.nth(i)).toHaveAccessibleName(word, { timeout: 1_000 });
  });
});
