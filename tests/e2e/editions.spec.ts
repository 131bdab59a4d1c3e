import { criterion, readShippedEdition, shipped } from './edition';
import { expect, test, openOffline } from './fixtures';
import { expectNoAxeViolations } from './axe';

// The town publishes version 3 of the shipped edition (version 2): one
// criterion reworded, one removed, one added. Offline on a phone, a club
// imports it after checking what changed; one old draft is finished in
// version 2, another moves to version 3, and the progress page compares them
// by criterion id.

const first = shipped.areas[0]!;
const kept = criterion(0, 0);
const removed = criterion(0, 1);
const reworded = criterion(0, 2);
const REWORDED = `${reworded} (überarbeitet)`;
const ADDED = 'Wir fragen neue Mitglieder, was sie sich vom Verein wünschen.';

const NEXT = shipped.version + 1;

function nextVersion() {
  const edition = readShippedEdition();
  edition.version = NEXT;
  const area = edition.areas[0]!;
  area.criteria[2]!.text = REWORDED;
  const [gone] = area.criteria.splice(1, 1);
  // A translation may only name what the edition has.
  const translations = (edition.translations ?? {}) as Record<
    string,
    { criteria?: Record<string, unknown> }
  >;
  for (const texts of Object.values(translations)) delete texts.criteria?.[gone!.id];
  area.criteria.push({ id: 'oeffnung-wuensche-neu', text: ADDED, dimensions: [] } as never);
  return edition;
}

test('a newer edition: check, import, finish one draft in the old one, move another, compare', async ({
  app,
  page,
}) => {
  const { settings, assessment, summary, club, progress } = app;
  await openOffline(page);
  await app.createClub({ name: 'Sportfreunde Zeppelinheim' });

  // Two drafts made with the shipped version.
  await app.startAssessment({ date: '2026-01-10' });
  await assessment.rate(kept, 'grün');
  await assessment.rateAndWait(removed, 'rot');
  await assessment.back.tap();
  await app.startAssessment({ date: '2026-02-10' });
  await assessment.rate(kept, 'gelb');
  await assessment.rateAndWait(removed, 'rot');
  await assessment.back.tap();

  // The check shows what the new version changes before anything is taken.
  await settings.openFromHeader();
  await settings.importEdition(`ampelbogen-v${NEXT}.json`, nextVersion());
  const check = settings.check(shipped.title, NEXT);
  await expect(check).toContainText('1 neue Aussage');
  await expect(check).toContainText(ADDED);
  await expect(check).toContainText('1 Aussage entfällt');
  await expect(check).toContainText(removed);
  await expect(check).toContainText('1 Aussage neu formuliert');
  await expect(check).toContainText(`„${reworded}“ → „${REWORDED}“`);
  await expectNoAxeViolations(page, 'the check of a new edition');
  await settings.acceptEdition(shipped.title, NEXT);
  await expect(settings.edition(shipped.title, NEXT)).toContainText(
    'wird für neue Einschätzungen verwendet',
  );
  await expect(settings.edition(shipped.title, shipped.version)).toContainText(
    'von 2 Einschätzungen verwendet',
  );

  // The first draft is finished in the shipped version, as it was made.
  await app.clubList.goHome();
  await app.clubList.club('Sportfreunde Zeppelinheim').tap();
  await club.assessment('10.01.2026').tap();
  await expect(assessment.lights(removed)).toBeVisible();
  await assessment.walkToSummary();
  await expect(page.getByRole('region', { name: 'Neue Ausgabe des Ampelbogens' })).toBeVisible();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();

  // The second moves to the new version: the lost answer is named first.
  await club.assessment('10.02.2026').tap();
  await assessment.walkToSummary();
  const move = page.getByRole('region', { name: 'Neue Ausgabe des Ampelbogens' });
  await expect(move).toContainText('1 Antwort wird übernommen.');
  await expect(move).toContainText(`${removed} (rot)`);
  await move.getByRole('button', { name: `In Version ${NEXT} übernehmen` }).tap();
  const dialog = page.getByRole('dialog', { name: `Entwurf in Version ${NEXT} übernehmen?` });
  await dialog.getByRole('button', { name: `In Version ${NEXT} übernehmen` }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: `Der Entwurf verwendet jetzt Version ${NEXT}.` }),
  ).toBeVisible();
  await expect(move).toHaveCount(0);
  await summary.areaLink(first.title).tap();
  await expect(assessment.light(kept, 'gelb')).toBeChecked();
  await expect(assessment.lights(removed)).toHaveCount(0);
  await assessment.rateAndWait(ADDED, 'grün');
  await assessment.walkToSummary();
  await summary.finishAnyway();
  await expect(summary.reopen).toBeVisible();
  await summary.backToClub.tap();

  // Progress compares by criterion id; what an edition did not ask is said so.
  await page.getByRole('link', { name: 'Fortschritt ansehen' }).tap();
  await expect(progress.heading).toBeVisible();
  await progress.openRows(first.title);
  await expect(progress.criterionRow(kept).getByRole('cell')).toHaveText(['grün', 'gelb']);
  await expect(progress.criterionRow(removed).getByRole('cell')).toHaveText([
    'rot',
    'nicht erfragt',
  ]);
  await expect(progress.criterionRow(ADDED).getByRole('cell')).toHaveText([
    'nicht erfragt',
    'grün',
  ]);
});
