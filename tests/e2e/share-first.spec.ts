import { criterion } from './edition';
import { expect, test, openOffline } from './fixtures';
import { expectNoAxeViolations } from './axe';

// Offline on a 360 × 740 phone screen: the button that saves the anonymous
// file is in the first screen height, and where the browser cannot share
// files, a prefilled e-mail to the Integrationsbüro follows it.

test('the anonymous file comes first, with a prefilled e-mail to the office', async ({
  app,
  page,
}) => {
  await openOffline(page);
  await app.createClub({ name: 'Lauftreff Gravenbruch' });
  await app.startAssessment();
  await app.assessment.rateAndWait(criterion(0, 0), 'grün');
  await app.assessment.walkToSummary();
  await app.summary.finishAnyway();
  await page.getByRole('link', { name: 'Weitergeben' }).tap();
  await expect(app.export.heading).toBeVisible();

  // Without scrolling, the main button lies wholly inside the first screen.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await app.export.saveAnonymous.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(740);
  await expect(app.export.anonymous).toContainText('1. Quartal 2026');
  await expect(app.export.anonymous).toContainText(
    'eine E-Mail zeigt aber, wer sie geschickt hat',
    {
      ignoreCase: true,
    },
  );

  // The e-mail link: the office's address, subject and body in German.
  const href = (await app.export.mailLink.getAttribute('href'))!;
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  expect(url.pathname).toBe('anna-katharina.honecker@stadt-neu-isenburg.de');
  const subject = decodeURIComponent(/[?&]subject=([^&]*)/.exec(href)![1]!);
  const body = decodeURIComponent(/[?&]body=([^&]*)/.exec(href)![1]!);
  expect(subject).toBe('Ampelbogen: anonyme Rückmeldung, 1. Quartal 2026');
  expect(body).toMatch(/ampelbogen-anonym-2026-Q1-[0-9a-f]{8}\.json/);
  expect(body).toContain('gespeicherte Datei anhängen');
  expect(body).not.toContain('Lauftreff');
  await expect(app.export.contact.getByRole('link', { name: /honecker@/ })).toBeVisible();
  await expectNoAxeViolations(page, 'the export screen, main action first');
});
