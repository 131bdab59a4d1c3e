import { readTable, type StoredAnswer } from './browser-db';
import { area, criterion, totalCriteria } from './edition';
import { checkForUpdate, expect, test, waitForServiceWorkerControl } from './fixtures';

// A new deploy is offered, never forced: the page keeps running (and the user
// keeps typing) until "Jetzt aktualisieren" is tapped, and after the reload
// every entry is still there.

const NOTE = 'Ansprechperson: Herr Nowak, Tel. 06102 123456';

type Marked = Window & { __e2eBeforeUpdate?: string };

test('a new version is offered, applied on tap, and keeps every entry', async ({
  app,
  page,
  request,
}) => {
  const { assessment, shell } = app;
  await app.clubList.goto();
  await waitForServiceWorkerControl(page);
  await expect(app.clubList.emptyState).toBeVisible();
  await app.createClub({ name: 'Fußballfreunde 09' });
  await app.startAssessment();

  // A half-filled assessment: two lights, and a note being typed.
  await assessment.rate(criterion(0, 0), 'grün');
  await assessment.rateAndWait(criterion(0, 3), 'rot');
  await assessment.openDetails(criterion(0, 3));
  await page.evaluate(() => {
    (window as Marked).__e2eBeforeUpdate = 'still here';
  });
  await assessment.note(criterion(0, 3)).pressSequentially(NOTE.slice(0, 20));

  // The server now has a new sw.js; the app looks for it.
  const deployed = await request.post('/__test__/new-version');
  expect(deployed.status()).toBe(204);
  await checkForUpdate(page);
  await expect(shell.updateBanner).toBeVisible();
  await expect(shell.applyUpdate).toBeVisible();
  // The new worker is installed and waiting, yet the page has not reloaded.
  await expect
    .poll(() =>
      page.evaluate(async () =>
        Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
      ),
    )
    .toBe(true);

  // The user finishes the note while the banner is up.
  await assessment.note(criterion(0, 3)).pressSequentially(NOTE.slice(20));
  await expect(assessment.note(criterion(0, 3))).toHaveValue(NOTE);
  expect(await page.evaluate(() => (window as Marked).__e2eBeforeUpdate)).toBe('still here');

  // Tap without waiting for "gespeichert": the app must settle its writes first.
  const reloaded = page.waitForEvent('load');
  await shell.applyUpdate.tap();
  await reloaded;

  expect(await page.evaluate(() => (window as Marked).__e2eBeforeUpdate)).toBeUndefined();
  await assessment.expectArea(area(0).title);
  await expect(shell.updateBanner).toBeHidden();
  await assessment.expectOverall(2, totalCriteria);
  await expect(assessment.light(criterion(0, 0), 'grün')).toBeChecked();
  await expect(assessment.light(criterion(0, 3), 'rot')).toBeChecked();
  await expect(assessment.note(criterion(0, 3))).toHaveValue(NOTE);

  // The new worker is the one in control now, and nothing waits any more.
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return {
        waiting: Boolean(registration?.waiting),
        controlled: Boolean(navigator.serviceWorker.controller),
      };
    }),
  ).toEqual({ waiting: false, controlled: true });
  const rows = await readTable<StoredAnswer>(page, 'answers');
  expect(rows.find((r) => r.note)).toMatchObject({ rating: 'red', note: NOTE });
});
