import { readTable } from './browser-db';
import { criterion, readShippedEdition, shipped, totalCriteria } from './edition';
import { expect, test } from './fixtures';

// Editions come in as untrusted files: a broken one is refused as a whole with
// a German message; a valid one is listed and used for new assessments, while
// older assessments keep the edition they were made with.

const SHIPPED_LINE = `Version ${shipped.version} vom 27.11.2026, ${totalCriteria} Aussagen`;

/** The shipped edition with the text of area 2, criterion 3 removed. */
function brokenEdition() {
  const edition = readShippedEdition();
  delete (edition.areas[1]!.criteria[2] as { text?: string }).text;
  return edition;
}

const TEST_TITLE = 'Testausgabe Ampelbogen';
const TEST_FIRST = 'Wir haben eine Ansprechperson benannt (Testausgabe).';

/** A valid new edition: another id, its own title and one reworded criterion. */
function testEdition() {
  const edition = readShippedEdition();
  edition.id = 'test-edition';
  edition.version = 1;
  edition.title = TEST_TITLE;
  edition.areas[0]!.criteria[0]!.text = TEST_FIRST;
  return edition;
}

test.describe('editions in the settings', () => {
  test('a file that breaks the schema is refused with a clear message', async ({ app, page }) => {
    const { settings } = app;
    await app.clubList.goto();
    await settings.openFromHeader();
    await expect(settings.editions.getByRole('listitem')).toHaveCount(1);
    await expect(settings.editions.getByRole('listitem')).toContainText(SHIPPED_LINE);
    await expect(settings.defaultBadge).toBeVisible();

    await settings.importEdition('ampelbogen-kaputt.json', brokenEdition());
    const refused = settings.message('alert', 'fehlerhaft');
    await expect(refused).toBeVisible();
    await expect(refused).toHaveText(
      'Die Ausgabe ist fehlerhaft und wurde nicht geladen: Bereich 2, Aussage 3, „text“ fehlt.',
    );
    await expect(settings.editions.getByRole('listitem')).toHaveCount(1);

    await settings.importEdition('notizen.json', '{ "areas": [ ');
    await expect(
      settings.message('alert', 'Die Datei ist keine gültige JSON-Datei.'),
    ).toBeVisible();
    await settings.importEdition('etwas.json', { hello: 'world' });
    await expect(settings.message('alert', 'Das ist keine Ausgabe des Ampelbogens.')).toBeVisible();
    await settings.importEdition('tief.json', `${'['.repeat(100_000)}1${']'.repeat(100_000)}`);
    await expect(
      settings.message('alert', 'Die Datei ist zu tief verschachtelt (mehr als 64 Ebenen)'),
    ).toBeVisible();

    await page.reload();
    await expect(settings.editions.getByRole('listitem')).toHaveCount(1);
    expect((await readTable<{ key: string }>(page, 'editions')).map((e) => e.key)).toEqual([
      `${shipped.id}@${shipped.version}`,
    ]);
  });

  test('a valid new edition is listed and used for new assessments', async ({ app, page }) => {
    const { settings, club, start, assessment } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Jugendfeuerwehr' });
    // A draft from an earlier meeting, made with the shipped edition.
    await app.startAssessment({ date: '2026-03-01' });
    await assessment.rateAndWait(criterion(0, 0), 'grün');

    await settings.openFromHeader();
    await settings.importEdition('testausgabe.json', testEdition());
    await settings.acceptEdition(TEST_TITLE, 1);
    await expect(
      settings.message(
        'status',
        `„${TEST_TITLE}“, Version 1 übernommen. Neue Einschätzungen verwenden diese Ausgabe.`,
      ),
    ).toBeVisible();
    await expect(settings.editions.getByRole('listitem')).toHaveCount(2);
    await expect(settings.edition(TEST_TITLE, 1)).toContainText(
      'wird für neue Einschätzungen verwendet',
    );
    await expect(settings.edition(shipped.title, shipped.version)).not.toContainText(
      'wird für neue Einschätzungen verwendet',
    );

    // The same file again changes nothing.
    await settings.importEdition('testausgabe.json', testEdition());
    await expect(
      settings.message('status', 'Diese Ausgabe ist schon auf dem Gerät.'),
    ).toBeVisible();
    await expect(settings.editions.getByRole('listitem')).toHaveCount(2);

    await app.clubList.goHome();
    await app.clubList.club('Jugendfeuerwehr').tap();
    await club.expectOpen('Jugendfeuerwehr');
    await club.startAssessment.tap();
    await expect(page.getByText(`Ampelbogen: ${TEST_TITLE}, Version 1`)).toBeVisible();
    await start.begin.tap();
    await assessment.expectArea(shipped.areas[0]!.title);
    await assessment.expectOverall(0, totalCriteria);
    await expect(assessment.lights(TEST_FIRST)).toBeVisible();
    await expect(assessment.lights(criterion(0, 0))).toHaveCount(0);

    // The earlier draft still shows the shipped wording and its light.
    await assessment.back.tap();
    await club.expectOpen('Jugendfeuerwehr');
    await club.assessment('01.03.2026').tap();
    await expect(assessment.light(criterion(0, 0), 'grün')).toBeChecked();
    await expect(assessment.lights(TEST_FIRST)).toHaveCount(0);
  });
});
