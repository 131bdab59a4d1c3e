import { criterion, readShippedEdition } from './edition';
import { expect, test, openOffline } from './fixtures';
import { expectNoAxeViolations } from './axe';

// An edition from the Integrationsbüro that names the town's file-drop folder:
// after the anonymous file is saved, Weitergeben offers the folder as the way
// that shows no sender, next to the e-mail that does.

const DROP = 'https://cloud.example.org/s/ampelbogen-rueckmeldungen';

test('the town’s file-drop folder is offered beside the e-mail, saying what each shows', async ({
  app,
  page,
}) => {
  const edition = readShippedEdition();
  const next = edition.version + 1;
  edition.version = next;
  edition.office = { ...(edition.office as object), dropUrl: DROP };

  await openOffline(page);
  await app.settings.openFromHeader();
  await app.settings.importEdition(`ampelbogen-v${next}.json`, edition);
  await app.settings.acceptEdition(edition.title, next);
  await expect(app.settings.edition(edition.title, next)).toContainText(
    'wird für neue Einschätzungen verwendet',
  );

  await app.clubList.goHome();
  await app.createClub({ name: 'Kulturverein Gravenbruch' });
  await app.startAssessment();
  await app.assessment.rateAndWait(criterion(0, 0), 'gelb');
  await app.assessment.walkToSummary();
  await app.summary.finishAnyway();
  await page.getByRole('link', { name: 'Weitergeben' }).tap();
  await expect(app.export.heading).toBeVisible();

  // The contact card names the folder; the anonymous section says what it spares.
  await expect(
    app.export.contact.getByRole('link', { name: 'Ablage-Ordner öffnen' }),
  ).toHaveAttribute('href', DROP);
  await expect(app.export.anonymous).toContainText(
    'Über den Ablage-Ordner der Stadt kommt sie ohne Namen und ohne E-Mail-Adresse an.',
  );

  // Once the file is saved, the folder is the second way, beside the e-mail.
  await app.export.downloadAnonymous();
  const drop = app.export.anonymous.getByRole('link', { name: 'Ablage-Ordner der Stadt öffnen' });
  await expect(drop).toHaveAttribute('href', DROP);
  await expect(drop).toHaveAttribute('target', '_blank');
  await expect(app.export.mailLink).toBeVisible();
  await expectNoAxeViolations(page, 'Weitergeben with a file-drop folder');
});
