import { readTable } from './browser-db';
import { expect, test } from './fixtures';

// Clubs: create, describe, rename, delete with confirmation; a nameless club is refused.

test.describe('clubs', () => {
  test('a new device says in three steps what the app is for; the office view is out of the way', async ({
    app,
    page,
  }) => {
    const { clubList, office } = app;
    await clubList.goto();
    await expect(clubList.emptyState).toBeVisible();
    await expect(page.getByText(/ohne Konto/i)).toBeVisible();
    await expect(clubList.firstRunSteps).toHaveCount(3);
    await expect(clubList.firstRunSteps.nth(1)).toContainText('20 bis 30 Minuten');
    await expect(page.getByText(/bleibt auf diesem Gerät/)).toBeVisible();
    // Club volunteers do not meet the Integrationsbüro's view on their start screen …
    await expect(page.getByRole('main').getByRole('link', { name: /Auswertung/ })).toHaveCount(0);
    // … and the office reaches it on a phone through the settings.
    await office.openFromSettings();

    await clubList.goHome();
    await app.createClub({ name: 'Kleingartenverein' });
    await clubList.goHome();
    await expect(clubList.firstRunSteps).toHaveCount(0);
  });

  test('a new club appears in the list with its category, and can be edited', async ({
    app,
    page,
  }) => {
    const { clubList, clubForm, club } = app;
    await clubList.goto();
    await expect(clubList.emptyState).toBeVisible();

    await clubList.addClub.tap();
    await expect(clubForm.newHeading).toBeVisible();
    await clubForm.submit({
      name: 'Turnverein Gravenbruch',
      category: 'Sport',
      sizeBand: '101 bis 500',
      description: 'Trainingsabend dienstags',
    });
    await club.expectOpen('Turnverein Gravenbruch');
    await expect(page.getByText('Sport · Größe (Mitglieder): 101 bis 500')).toBeVisible();
    await expect(page.getByText('Trainingsabend dienstags')).toBeVisible();
    await expect(club.noAssessments).toBeVisible();

    await clubList.goHome();
    await expect(clubList.emptyState).toBeHidden();
    await expect(clubList.clubs.getByRole('listitem')).toHaveCount(1);
    await expect(clubList.club('Turnverein Gravenbruch')).toContainText('Sport · 0 Einschätzungen');

    // Edit: the form comes pre-filled, the changes show on the club page and in the list.
    await clubList.club('Turnverein Gravenbruch').tap();
    await club.edit.tap();
    await expect(clubForm.editHeading).toBeVisible();
    await expect(clubForm.name).toHaveValue('Turnverein Gravenbruch');
    await expect.poll(() => clubForm.selectedLabel(clubForm.category)).toBe('Sport');
    await expect.poll(() => clubForm.selectedLabel(clubForm.sizeBand)).toBe('101 bis 500');
    await clubForm.submit({
      name: 'TV Gravenbruch 1890',
      category: 'Kultur, Musik, Brauchtum',
      sizeBand: '21 bis 100',
      description: '',
    });
    await club.expectOpen('TV Gravenbruch 1890');
    await expect(
      page.getByText('Kultur, Musik, Brauchtum · Größe (Mitglieder): 21 bis 100'),
    ).toBeVisible();
    await expect(page.getByText('Trainingsabend dienstags')).toBeHidden();

    await page.reload();
    await club.expectOpen('TV Gravenbruch 1890');
    await clubList.goHome();
    await expect(clubList.clubs.getByRole('listitem')).toHaveCount(1);
    await expect(clubList.club('TV Gravenbruch 1890')).toContainText('Kultur, Musik, Brauchtum');
    await expect(clubList.club('Turnverein Gravenbruch')).toHaveCount(0);
  });

  test('several clubs are listed by name', async ({ app }) => {
    await app.clubList.goto();
    for (const name of ['Zumba-Treff', 'Chor Cantabile', 'Anglerfreunde']) {
      await app.createClub({ name });
      await app.clubList.goHome();
    }
    await expect(app.clubList.clubs.getByRole('listitem')).toHaveText([
      /^Anglerfreunde/,
      /^Chor Cantabile/,
      /^Zumba-Treff/,
    ]);
  });

  test('deleting a club says how many assessments go with it, then removes it', async ({
    app,
    page,
  }) => {
    const { clubList, club } = app;
    await clubList.goto();
    await app.createClub({ name: 'Schachclub Springer', category: 'Sport' });
    await app.startAssessment();
    await app.assessment.back.tap();
    await club.expectOpen('Schachclub Springer');

    // Cancelling keeps the club.
    await club.askToDelete('Schachclub Springer');
    await expect(club.deleteDialog).toContainText('Mit dem Verein wird 1 Einschätzung gelöscht.');
    await expect(club.cancelDelete).toBeFocused();
    await club.cancelDelete.tap();
    await expect(club.deleteDialog).toBeHidden();
    await club.expectOpen('Schachclub Springer');

    await club.askToDelete('Schachclub Springer');
    await club.confirmDelete.tap();
    await expect(clubList.heading).toBeVisible();
    await expect(clubList.emptyState).toBeVisible();

    await page.reload();
    await expect(clubList.emptyState).toBeVisible();
    await expect(clubList.clubs).toHaveCount(0);
  });

  test('deleting a club without assessments says so', async ({ app }) => {
    await app.clubList.goto();
    await app.createClub({ name: 'Lauftreff' });
    await app.club.askToDelete('Lauftreff');
    await expect(app.club.deleteDialog).toContainText('Der Verein hat noch keine Einschätzung.');
    await app.club.confirmDelete.tap();
    await expect(app.clubList.emptyState).toBeVisible();
  });

  test('a club without a name is refused and nothing is stored', async ({ app, page }) => {
    const { clubList, clubForm } = app;
    await clubList.goto();
    await clubList.addClub.tap();
    await expect(clubForm.newHeading).toBeVisible();

    for (const name of ['', '   ']) {
      await clubForm.submit({ name, category: 'Sport', sizeBand: 'bis 20' });
      await expect(clubForm.errorSummary).toBeVisible();
      await expect(page.getByText('Bitte gebt einen Namen ein.')).toBeVisible();
      await expect(clubForm.name).toHaveAttribute('aria-invalid', 'true');
      await expect(clubForm.name).toHaveAccessibleDescription('Bitte gebt einen Namen ein.');
      await expect(clubForm.newHeading).toBeVisible();
    }

    await page.reload();
    await expect(clubForm.newHeading).toBeVisible();
    await clubList.goHome();
    await expect(clubList.emptyState).toBeVisible();
    await expect(clubList.clubs).toHaveCount(0);
    expect(await readTable(page, 'clubs')).toEqual([]);
  });
});
