import type { Page } from '@playwright/test';
import { readTable, type StoredAnswer } from './browser-db';
import { area, criterion } from './edition';
import { expect, NOW, test } from './fixtures';
import { App } from './page-models';

// The same assessment open in two tabs of one browser (two pages of one
// context), as on a laptop. Each tab writes only the field its user changed,
// and each follows what the other saved, so neither undoes the other.

const STATEMENT = criterion(0, 0);
const STATEMENT_ID = area(0).criteria[0]!.id;

async function twoTabs(app: App, page: Page) {
  await app.clubList.goto();
  await app.createClub({ name: 'Tischtennisclub Gravenbruch', category: 'Sport' });
  await app.startAssessment();
  const url = page.url();
  const second = await page.context().newPage();
  await second.clock.setFixedTime(NOW);
  await second.goto(url);
  const b = new App(second);
  await expect(b.assessment.lights(STATEMENT)).toBeVisible();
  return { a: app, b };
}

/** The committed answer row of the statement both tabs edit. */
async function stored(page: Page): Promise<StoredAnswer | undefined> {
  const rows = await readTable<StoredAnswer>(page, 'answers');
  return rows.find((r) => r.criterionId === STATEMENT_ID);
}

test.describe('two tabs on one assessment', () => {
  test('a note saved in tab A survives a light tapped in tab B (loss A)', async ({ app, page }) => {
    const { a, b } = await twoTabs(app, page);
    await a.assessment.openDetails(STATEMENT);
    await a.assessment.note(STATEMENT).fill('Aushang fehlt');
    await expect(a.assessment.saved(STATEMENT)).toBeVisible();
    // Leave the field, as a user does after typing.
    await a.assessment.note(STATEMENT).blur();

    await b.assessment.rateAndWait(STATEMENT, 'grün');
    // B's tap wrote the light only: the note A saved is still stored.
    expect(await stored(page)).toMatchObject({ rating: 'green', note: 'Aushang fehlt' });

    // Both tabs end with the same light and note, and so does the database.
    await expect(a.assessment.light(STATEMENT, 'grün')).toBeChecked();
    await expect(a.assessment.note(STATEMENT)).toHaveValue('Aushang fehlt');
    await b.assessment.openDetails(STATEMENT);
    await expect(b.assessment.note(STATEMENT)).toHaveValue('Aushang fehlt');
    expect(await stored(page)).toMatchObject({ rating: 'green', note: 'Aushang fehlt' });
  });

  test('a light saved in tab B survives a note typed in tab A (loss B)', async ({ app, page }) => {
    const { a, b } = await twoTabs(app, page);
    await a.assessment.rateAndWait(STATEMENT, 'gelb');
    await expect(b.assessment.light(STATEMENT, 'gelb')).toBeChecked();

    await b.assessment.rateAndWait(STATEMENT, 'rot');
    // A types a note at once, before or after its screen has caught up with B.
    await a.assessment.openDetails(STATEMENT);
    await a.assessment.note(STATEMENT).fill('Noch offen');
    await expect(a.assessment.saved(STATEMENT)).toBeVisible();
    // A's note wrote the note only: B's red is still stored.
    expect(await stored(page)).toMatchObject({ rating: 'red', note: 'Noch offen' });

    await expect(a.assessment.light(STATEMENT, 'rot')).toBeChecked();
    await expect(b.assessment.light(STATEMENT, 'rot')).toBeChecked();
    await b.assessment.openDetails(STATEMENT);
    await expect(b.assessment.note(STATEMENT)).toHaveValue('Noch offen');
    expect(await stored(page)).toMatchObject({ rating: 'red', note: 'Noch offen' });
  });

  test('a note being typed in one tab keeps its text while the other tab saves the same note', async ({
    app,
    page,
  }) => {
    const { a, b } = await twoTabs(app, page);
    await a.assessment.openDetails(STATEMENT);
    await b.assessment.openDetails(STATEMENT);
    await a.assessment.note(STATEMENT).fill('Von A');
    await expect(a.assessment.saved(STATEMENT)).toBeVisible();
    await expect(b.assessment.note(STATEMENT)).toHaveValue('Von A');
    // B types while A still has the field focused: A keeps its text until it leaves the field.
    await a.assessment.note(STATEMENT).focus();
    await b.assessment.note(STATEMENT).fill('Von B');
    await expect(b.assessment.saved(STATEMENT)).toBeVisible();
    await expect.poll(async () => (await stored(page))?.note).toBe('Von B');
    await expect(a.assessment.note(STATEMENT)).toHaveValue('Von A');
    // Leaving the field, A shows the latest note, as the database holds it.
    await a.assessment.note(STATEMENT).blur();
    await expect(a.assessment.note(STATEMENT)).toHaveValue('Von B');
  });
});
