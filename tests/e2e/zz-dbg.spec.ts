import { test } from './fixtures';
import { App } from './page-models';
test('dbg', async ({ page }) => {
  const app = new App(page);
  await app.clubList.goto();
  await app.createClub({ name: 'Kulturverein Gravenbruch' });
  await app.startAssessment();
  await app.assessment.rate((await import('./edition')).criterion(0, 0), 'grün');
  const url = page.url();
  for (const id of ['ar', 'tr']) {
    await page.evaluate((l) => localStorage.setItem('ampelbogen.language', l), id);
    await page.goto('/#/');
    await page.reload();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/${id}-clubs.png` });
    await page.goto(url);
    await page.reload();
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/${id}-area.png` });
    await page.goto(url.replace(/bereich\/1$/, 'runde'));
    await page.waitForTimeout(800);
    await page.screenshot({ path: `/tmp/shots/${id}-round.png` });
  }
});
