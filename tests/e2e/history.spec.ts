import { area, criterion, totalCriteria } from './edition';
import { expect, test, TODAY_GERMAN, TODAY_ISO } from './fixtures';

// The club page lists its assessments (draft / finished); a new assessment can
// start from the lights of the last finished one, without its notes.

test.describe('assessments of a club', () => {
  test('a new assessment can start from the last finished one’s lights', async ({ app }) => {
    const { club, start, assessment, summary } = app;
    await app.clubList.goto();
    await app.createClub({
      name: 'Tischtennis Blau-Weiß',
      category: 'Sport',
      sizeBand: '21 bis 100',
    });

    // Last meeting, in February: a few lights and a note, then finished.
    await app.startAssessment({ date: '2026-02-10' });
    await assessment.expectSubject('Tischtennis Blau-Weiß', '10.02.2026');
    await assessment.rate(criterion(0, 0), 'grün');
    await assessment.rate(criterion(0, 1), 'gelb');
    await assessment.openDetails(criterion(0, 1));
    await assessment.note(criterion(0, 1)).fill('Nur für dieses Treffen');
    await assessment.goNext(area(1).title);
    await assessment.rateAndWait(criterion(1, 3), 'rot');
    await assessment.walkToSummary();
    await summary.finishAnyway();
    await expect(summary.finishedNotice).toBeVisible();
    await summary.backToClub.tap();

    await club.expectOpen('Tischtennis Blau-Weiß');
    const february = club.assessment('10.02.2026');
    await expect(february).toContainText('Abgeschlossen');
    await expect(february).toContainText(`3 von ${totalCriteria} beantwortet`);
    await expect(club.resume).toHaveCount(0);

    // Today: starting from last time is a choice, not the default; the box names
    // the date it takes the lights from.
    await club.startAssessment.tap();
    await expect(start.date).toHaveValue(TODAY_ISO);
    await expect(start.fromLast).not.toBeChecked();
    await expect(start.fromLast).toHaveAccessibleDescription(
      'Übernimmt die Ampeln vom 10.02.2026. Jede bleibt als „vom letzten Mal“ markiert, bis ihr sie bestätigt oder ändert. Notizen und Schritte werden nicht übernommen.',
    );
    await start.fromLast.check();
    await start.begin.tap();

    await assessment.expectArea(area(0).title);
    await assessment.expectSubject('Tischtennis Blau-Weiß', TODAY_GERMAN);
    await assessment.expectOverall(3, totalCriteria);
    await expect(assessment.light(criterion(0, 0), 'grün')).toBeChecked();
    await expect(assessment.light(criterion(0, 1), 'gelb')).toBeChecked();
    await expect(
      assessment.lights(criterion(0, 2)).getByRole('radio', { checked: true }),
    ).toHaveCount(0);
    // The note stays with its meeting.
    await assessment.openDetails(criterion(0, 1));
    await expect(assessment.note(criterion(0, 1))).toHaveValue('');
    await assessment.goNext(area(1).title);
    await expect(assessment.light(criterion(1, 3), 'rot')).toBeChecked();

    // Changing today's light leaves February's as it was.
    await assessment.rateAndWait(criterion(1, 3), 'grün');
    await assessment.previous.tap();
    await assessment.back.tap();

    await club.expectOpen('Tischtennis Blau-Weiß');
    await expect(club.assessments.getByRole('listitem')).toHaveCount(2);
    // Newest first.
    await expect(club.assessments.getByRole('listitem').first()).toContainText(TODAY_GERMAN);
    await expect(club.assessment(TODAY_GERMAN)).toContainText('Entwurf');
    await expect(club.assessment('10.02.2026')).toContainText('Abgeschlossen');
    await expect(club.resume).toBeVisible();

    await club.assessment('10.02.2026').tap();
    await expect(summary.heading).toBeVisible();
    expect(await summary.counts(area(1).title)).toMatchObject({ grün: 0, rot: 1 });
  });

  test('without the box ticked a new assessment starts empty', async ({ app }) => {
    const { club, start, assessment, summary } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Frauenchor Harmonie' });
    await app.startAssessment({ date: '2026-01-20' });
    await assessment.rateAndWait(criterion(0, 0), 'rot');
    await assessment.walkToSummary();
    await summary.finishAnyway();
    await expect(summary.finishedNotice).toBeVisible();
    await summary.backToClub.tap();
    await club.expectOpen('Frauenchor Harmonie');

    await club.startAssessment.tap();
    await start.fromLast.uncheck();
    await start.begin.tap();
    await assessment.expectArea(area(0).title);
    await assessment.expectOverall(0, totalCriteria);
    await expect(
      assessment.lights(criterion(0, 0)).getByRole('radio', { checked: true }),
    ).toHaveCount(0);
  });
});
