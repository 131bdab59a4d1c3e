import { holdAnswersTable, readTable, type StoredAnswer, type StoredMeasure } from './browser-db';
import { area, criterion, shipped, totalCriteria } from './edition';
import { expect, test, TODAY_GERMAN, TODAY_ISO } from './fixtures';

// Filling in: the date defaults to today, one tap per light, progress counts,
// "gespeichert" only after the write, notes and next steps.

const first = area(0);
const second = area(1);
const c1 = criterion(0, 0);
const c2 = criterion(0, 1);
const c3 = criterion(0, 2);

test.describe('filling in an assessment', () => {
  test.beforeEach(async ({ app }) => {
    await app.clubList.goto();
    await app.createClub({ name: 'Boule-Freunde', category: 'Sport', sizeBand: 'bis 20' });
  });

  test('starts today and counts answers as criteria are rated with one tap', async ({
    app,
    page,
  }) => {
    const { club, start, assessment } = app;
    await club.startAssessment.tap();
    await expect(start.heading).toBeVisible();
    await expect(start.date).toHaveValue(TODAY_ISO);
    // No finished assessment yet, so nothing to start from.
    await expect(start.fromLast).toHaveCount(0);
    await start.begin.tap();

    await assessment.expectArea(first.title);
    await assessment.expectSubject('Boule-Freunde', TODAY_GERMAN);
    await expect(assessment.areaPosition(1, shipped.areas.length)).toBeVisible();
    await assessment.expectOverall(0, totalCriteria);
    await expect(assessment.areaProgress(0, first.criteria.length)).toBeVisible();
    await expect(assessment.lights(c1).getByRole('radio')).toHaveCount(4);
    for (const radio of await assessment.lights(c1).getByRole('radio').all())
      await expect(radio).not.toBeChecked();

    await assessment.rate(c1, 'grün');
    await assessment.expectOverall(1, totalCriteria);
    await expect(assessment.areaProgress(1, first.criteria.length)).toBeVisible();

    await assessment.rate(c2, 'gelb');
    await assessment.rate(c3, 'trifft nicht zu');
    await assessment.expectOverall(3, totalCriteria);
    await expect(assessment.areaProgress(3, first.criteria.length)).toBeVisible();

    // Changing a light does not count twice, and only one light per criterion is on.
    await assessment.rate(c1, 'rot');
    await expect(assessment.light(c1, 'grün')).not.toBeChecked();
    await assessment.expectOverall(3, totalCriteria);

    // The next area has its own count; the overall count carries on.
    await assessment.goNext(second.title);
    await expect(assessment.areaPosition(2, shipped.areas.length)).toBeVisible();
    await expect(assessment.areaProgress(0, second.criteria.length)).toBeVisible();
    await assessment.expectOverall(3, totalCriteria);
    await assessment.rateAndWait(criterion(1, 0), 'gelb');
    await assessment.expectOverall(4, totalCriteria);

    const rows = await readTable<StoredAnswer>(page, 'answers');
    expect(Object.fromEntries(rows.map((r) => [r.criterionId, r.rating]))).toEqual({
      [first.criteria[0]!.id]: 'red',
      [first.criteria[1]!.id]: 'yellow',
      [first.criteria[2]!.id]: 'na',
      [second.criteria[0]!.id]: 'yellow',
    });
  });

  test('says "gespeichert" only once the answer is committed', async ({ app, page }) => {
    const { assessment } = app;
    await app.startAssessment();
    await assessment.expectArea(first.title);

    const release = await holdAnswersTable(page);
    await assessment.rate(c1, 'grün');
    // The light is on at once, but the write waits behind the held transaction.
    await expect(assessment.saving(c1)).toBeVisible();
    await expect(assessment.saved(c1)).toBeHidden();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain('✓ gespeichert');

    await release();
    await expect(assessment.saved(c1)).toBeVisible();
    await expect(assessment.saving(c1)).toBeHidden();
    const rows = await readTable<StoredAnswer>(page, 'answers');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ criterionId: first.criteria[0]!.id, rating: 'green' });
  });

  test('keeps a note and a next step for a criterion', async ({ app, page }) => {
    const { assessment } = app;
    await app.startAssessment();
    await assessment.expectArea(first.title);

    await expect(assessment.note(c2)).toBeHidden();
    await assessment.openDetails(c2);
    await assessment.note(c2).fill('Frau Yılmaz fragen, ob sie das übernimmt.');
    await expect(assessment.saved(c2)).toBeVisible();
    await assessment.nextStep(c2).fill('Im Vorstand besprechen');
    await assessment.stepWho(c2).fill('Kassenwart');
    await assessment.stepDue(c2).fill('2026-05-31');
    await expect(assessment.saved(c2)).toBeVisible();
    // A note alone does not count as an answer.
    await assessment.expectOverall(0, totalCriteria);

    await expect
      .poll(async () => (await readTable<StoredAnswer>(page, 'answers'))[0])
      .toMatchObject({ note: 'Frau Yılmaz fragen, ob sie das übernimmt.' });
    // The next step is a measure of the club, with who and by when.
    await expect
      .poll(async () => (await readTable<StoredMeasure>(page, 'measures'))[0])
      .toMatchObject({
        text: 'Im Vorstand besprechen',
        who: 'Kassenwart',
        due: '2026-05-31',
        status: 'open',
      });

    await page.reload();
    await assessment.expectArea(first.title);
    // Details with content come back open.
    await expect(assessment.note(c2)).toHaveValue('Frau Yılmaz fragen, ob sie das übernimmt.');
    await expect(assessment.nextStep(c2)).toHaveValue('Im Vorstand besprechen');
    await expect(assessment.stepWho(c2)).toHaveValue('Kassenwart');
    await expect(assessment.stepDue(c2)).toHaveValue('2026-05-31');
    await expect(assessment.note(c1)).toBeHidden();
  });

  test('clearing a note keeps its field open and focused', async ({ app }) => {
    const { assessment } = app;
    await app.startAssessment();
    await assessment.openDetails(c1);
    await assessment.note(c1).fill('x');
    await expect(assessment.saved(c1)).toBeVisible();
    await assessment.note(c1).press('Backspace');
    await expect(assessment.note(c1)).toBeVisible({ timeout: 1_000 });
    await expect(assessment.note(c1)).toBeFocused({ timeout: 1_000 });
  });

  test('an empty date is refused and no assessment is created', async ({ app, page }) => {
    const { club, start } = app;
    await club.startAssessment.tap();
    await expect(start.date).toHaveValue(TODAY_ISO);
    await start.date.fill('');
    await start.begin.tap();

    await expect(start.alert('Bitte gebt ein Datum ein.')).toBeVisible();
    await expect(start.date).toHaveAttribute('aria-invalid', 'true');
    await expect(start.heading).toBeVisible();

    await start.cancel.tap();
    await club.expectOpen('Boule-Freunde');
    await expect(club.noAssessments).toBeVisible();
    expect(await readTable(page, 'assessments')).toEqual([]);
  });
});
