import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { anonymousFileSchema } from '../../src/files/anonymous-file';
import { extractPdfText } from '../fixtures/pdf-text';
import { expectNoAxeViolations } from './axe';
import { area, criterion } from './edition';
import { expect, test, waitForServiceWorkerControl } from './fixtures';
import {
  launchWithCamera,
  openCameraPage,
  readQrCanvas,
  writeQrVideo,
  type QrMatrix,
} from './fake-camera';
import { App, type LightWord } from './page-models';

// A round at the meeting, with no server: the moderator's phone shows a join
// code, each participant's phone reads it through its camera, rates in
// private and shows its answers as a code, which the moderator's camera
// reads. Every phone is offline. The cameras are Chromium's fake devices
// playing a video made from the very pixels the other phone shows.

const CLUB = 'Kulturverein Gravenbruch';
const statement = (i: number) => criterion(0, i);

/** What three people choose for the first four statements of area 1 (the rest they leave open). */
const CHOICES: readonly (readonly LightWord[])[] = [
  ['grün', 'grün', 'rot', 'grün'],
  ['grün', 'gelb', 'grün', 'grün'],
  ['grün', 'rot', 'rot', 'trifft nicht zu'],
];

/** Opens the app online once, so the service worker controls it, then cuts the network. */
async function openOfflineApp(page: Page): Promise<App> {
  const app = new App(page);
  await app.clubList.goto();
  await waitForServiceWorkerControl(page);
  await page.context().setOffline(true);
  return app;
}

/** A club with a draft on the moderator's phone, its round started over area 1. */
async function startRoundOverFirstArea(app: App, checkScreen = false): Promise<void> {
  await app.createClub({ name: CLUB });
  await app.startAssessment();
  await app.assessment.toSummary.tap();
  await app.page.getByRole('link', { name: 'Runde starten' }).tap();
  await expect(app.round.startHeading).toBeVisible();
  if (checkScreen) await expectNoAxeViolations(app.page, 'starting a round');
  await app.round.chooseOnly([area(0).title]);
  await app.round.startRound.tap();
  await expect(app.round.joinQr).toBeVisible();
  await expect(app.round.status('Noch keine Antwort da.')).toBeVisible();
}

/** Everyone rates in turn on the moderator's phone, then the spread opens. */
async function passThePhone(app: App, people: readonly (readonly LightWord[])[]): Promise<void> {
  const { round } = app;
  await round.passPhone.tap();
  for (const [n, choices] of people.entries()) {
    if (n > 0) await round.passNext.tap();
    for (const [i, word] of choices.entries()) await round.rate(statement(i), word);
    await round.passDone.tap();
  }
  await round.passFinish.tap();
}

/** Whether the phone's database holds anything of a round or an assessment. */
function storedRoundData(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ampelbogen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = ['rounds', 'assessments', 'answers', 'clubs'];
          const tx = db.transaction(stores, 'readonly');
          let total = 0;
          let left = stores.length;
          for (const name of stores) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              total += request.result;
              if (--left === 0) {
                db.close();
                resolve(total);
              }
            };
          }
        };
      }),
  );
}

test.describe('a round across several phones', () => {
  test('four phones offline: join and answer codes read by camera, the spread, the agreed lights in the PDF, only they in the anonymous file', async ({
    baseURL,
  }) => {
    test.setTimeout(240_000);
    const dir = await mkdtemp(join(tmpdir(), 'ampelbogen-round-'));
    const moderatorVideo = join(dir, 'moderator.y4m');
    const joinVideo = join(dir, 'join.y4m');
    const browsers: Browser[] = [];
    try {
      // The moderator's camera starts on an empty picture.
      await writeQrVideo(moderatorVideo, [[false]]);
      const moderatorBrowser = await launchWithCamera(moderatorVideo);
      browsers.push(moderatorBrowser);
      const moderator = await openOfflineApp(await openCameraPage(moderatorBrowser, baseURL!));
      await startRoundOverFirstArea(moderator, true);
      await expectNoAxeViolations(moderator.page, 'the round screen with its join code');

      // The participants' cameras show the join code from the moderator's screen.
      await writeQrVideo(joinVideo, await readQrCanvas(moderator.page, moderator.round.joinQr));
      const participantBrowser = await launchWithCamera(joinVideo);
      browsers.push(participantBrowser);
      const answers: QrMatrix[] = [];
      for (const [person, choices] of CHOICES.entries()) {
        const page = await openCameraPage(participantBrowser, baseURL!);
        const phone = await openOfflineApp(page);
        await phone.round.joinLink.tap();
        await expect(phone.round.joinHeading).toBeVisible();
        if (person === 0) await expectNoAxeViolations(page, 'joining a round');
        await expect(phone.round.rateHeading).toBeVisible({ timeout: 15_000 });
        if (person === 0) await expectNoAxeViolations(page, 'rating in a round');
        for (const [i, word] of choices.entries()) await phone.round.rate(statement(i), word);
        await expect(phone.round.status('4 von 7 Aussagen bewertet')).toBeVisible();
        await phone.round.showCode.tap();
        await expect(phone.round.answerQr).toBeVisible();
        if (person === 0) await expectNoAxeViolations(page, 'the answer code of a participant');
        answers.push(await readQrCanvas(page, phone.round.answerQr));
        await phone.round.leave.tap();
        await expect(phone.clubList.heading).toBeVisible();
        // Nothing of the round stays on the participant's phone.
        expect(await storedRoundData(page)).toBe(0);
        await page.context().close();
      }

      // The moderator reads each participant's code with the camera.
      const { round, page } = moderator;
      for (const [i, matrix] of answers.entries()) {
        await writeQrVideo(moderatorVideo, matrix);
        await round.cameraOn.tap();
        const counted =
          i === 0 ? 'Gezählt. Jetzt 1 Antwort da.' : `Gezählt. Jetzt ${i + 1} Antworten da.`;
        // Opening the camera and the first reading (with jsQR's chunk) take their time on a busy machine.
        await expect(round.status(counted)).toBeVisible({ timeout: 15_000 });
        await round.cameraOff.tap();
      }
      await expect(round.status('Die Runde läuft. 3 Antworten da.')).toBeVisible();
      // The first person's code once more: counted once.
      await writeQrVideo(moderatorVideo, answers[0]!);
      await round.cameraOn.tap();
      await expect(round.status('Diese Person war schon gezählt')).toContainText(
        'Weiterhin 3 Antworten.',
        { timeout: 15_000 },
      );
      await round.cameraOff.tap();
      await expect(round.status('Die Runde läuft. 3 Antworten da.')).toBeVisible();
      await expectNoAxeViolations(page, 'the round screen collecting answers');

      // The spread: the statements seen most differently first.
      await round.toSpread.tap();
      await expect(round.spreadHeading).toBeVisible();
      const disputed = round.disputed
        .getByRole('listitem')
        .filter({ has: page.locator('.criterion-text') });
      await expect(disputed.locator('.criterion-text')).toHaveText([
        statement(1),
        statement(2),
        statement(3),
      ]);
      await expect(round.spreadOf(statement(1))).toHaveAccessibleName(
        'So verteilen sich die 3 Antworten',
      );
      await expect(round.spreadOf(statement(1)).getByRole('listitem')).toHaveText([
        'grün: 1',
        'gelb: 1',
        'rot: 1',
      ]);
      await expect(round.spreadOf(statement(3)).getByRole('listitem')).toHaveText([
        'grün: 2',
        'trifft nicht zu: 1',
      ]);
      await expect(round.unanimous.locator('.criterion-text')).toHaveText([statement(0)]);
      await expectNoAxeViolations(page, 'the spread of a round');

      // The group agrees: each tap is saved at once.
      await round.agreed(statement(1), 'gelb').tap();
      await expect(round.status('Gespeichert.')).toBeVisible();
      await round.agreed(statement(2), 'rot').tap();
      await round.agreed(statement(3), 'grün').tap();
      await round.takeUnanimous.tap();
      await expect(round.status('1 Ampel übernommen.')).toBeVisible();
      await page.reload();
      await expect(round.agreed(statement(0), 'grün')).toBeChecked();
      await expect(round.agreed(statement(1), 'gelb')).toBeChecked();
      await expect(round.agreed(statement(2), 'rot')).toBeChecked();
      await expect(round.agreed(statement(3), 'grün')).toBeChecked();

      // The PDF shows the spread beside the agreed light; the anonymous file only the lights.
      await page.getByRole('link', { name: 'Zurück zur Runde' }).tap();
      await round.end.tap();
      await round.endDialog.getByRole('button', { name: 'Runde beenden' }).tap();
      await expect(round.spreadHeading).toBeVisible();
      await page.goto(page.url().replace(/runde\/ergebnis$/, 'uebersicht'));
      await moderator.summary.finishAnyway();
      await page.getByRole('link', { name: 'Weitergeben' }).tap();
      const pdfDownload = page.waitForEvent('download');
      await moderator.export.makePdf.tap();
      const pdf = await pdfDownload;
      const text = (await extractPdfText(new Uint8Array(await readFile((await pdf.path())!)))).join(
        ' ',
      );
      expect(text).toContain('Runde (3 Antworten): grün 1× · gelb 1× · rot 1×');
      expect(text).toContain('Runde (3 Antworten): grün 1× · rot 2×');
      expect(text).toContain('Runde (3 Antworten): grün 3×');

      const anonymous = await moderator.export.downloadAnonymous();
      const raw = await readFile((await anonymous.path())!, 'utf8');
      const file = anonymousFileSchema.parse(JSON.parse(raw));
      const ids = area(0).criteria.map((c) => c.id);
      expect(file.ratings).toEqual({
        [ids[0]!]: 'green',
        [ids[1]!]: 'yellow',
        [ids[2]!]: 'red',
        [ids[3]!]: 'green',
      });
      expect(raw).not.toMatch(/spread|Runde|participant/i);

      // The progress page shows the round's counts under the agreed light.
      await page.getByRole('link', { name: 'Ampelbogen' }).first().tap();
      await page.getByRole('link', { name: new RegExp(CLUB) }).tap();
      await page.getByRole('link', { name: 'Fortschritt ansehen' }).tap();
      await moderator.progress.openRows(area(0).title);
      await expect(moderator.progress.criterionRow(statement(1))).toContainText(
        'Runde: grün 1×, gelb 1×, rot 1×',
      );
    } finally {
      for (const b of browsers) await b.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('typed codes and a code as a file: mistakes, the join code, another round, a second count', async ({
    app,
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await openOfflineApp(page);
    await startRoundOverFirstArea(app);
    const { round } = app;
    const joinCode = (await round.joinCode.textContent())!;

    // A participant's phone without a camera types the join code.
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
    });
    const phone = await openOfflineApp(await context.newPage());
    await phone.round.joinLink.tap();
    await expect(phone.round.alert('keine Kamera')).toBeVisible();
    await phone.round.typedJoin.fill(joinCode.toLowerCase());
    await phone.round.join.tap();
    await expect(phone.round.rateHeading).toBeVisible();
    await phone.round.rate(statement(0), 'rot');
    await phone.round.rate(statement(1), 'gelb');
    await phone.round.showCode.tap();
    const answerCode = (await phone.round.answerCode.textContent())!;

    // Mistakes are told apart, and nothing is counted.
    const plain = answerCode.replace(/-/g, '');
    const last = plain.at(-1)!;
    const wrongCheck = plain.slice(0, -1) + (last === '0' ? '1' : '0');
    await round.typeAnswers(wrongCheck);
    await expect(round.alert('Ein Zeichen des Codes stimmt nicht.')).toBeVisible();
    await round.typeAnswers(plain.slice(0, 20));
    await expect(
      round.alert(/unvollständig oder beschädigt|Zeichen des Codes stimmt nicht/),
    ).toBeVisible();
    await round.typeAnswers(`${plain.slice(0, 10)}U${plain.slice(11)}`);
    await expect(round.alert('Diese Zeichen kommen in einem Code nicht vor: „U“.')).toBeVisible();
    await round.typeAnswers(joinCode);
    await expect(round.alert('Das ist der Code zum Mitmachen.')).toBeVisible();
    await expect(round.status('Die Runde läuft. Noch keine Antwort da.')).toBeVisible();

    // The right code counts once, typed twice.
    await round.typeAnswers(answerCode);
    await expect(round.status('Gezählt. Jetzt 1 Antwort da.')).toBeVisible();
    await round.typeAnswers(answerCode.toLowerCase());
    await expect(round.status('Diese Person war schon gezählt')).toContainText(
      'Weiterhin 1 Antwort.',
    );

    // A second participant sends the code as a file (a desktop saves it).
    await phone.round.leave.tap();
    await phone.round.joinLink.tap();
    await phone.round.typedJoin.fill(joinCode);
    await phone.round.join.tap();
    await phone.round.rate(statement(0), 'grün');
    await phone.round.showCode.tap();
    const fileDownload = phone.page.waitForEvent('download');
    await phone.round.shareFile.tap();
    const saved = await fileDownload;
    await round.answersFile.setInputFiles((await saved.path())!);
    await expect(round.status('Gezählt. Jetzt 2 Antworten da.')).toBeVisible();

    // The round ends; a code of it no longer counts in the next one.
    await round.end.tap();
    await round.endDialog.getByRole('button', { name: 'Runde beenden' }).tap();
    await expect(round.spreadHeading).toBeVisible();
    await expect(round.spreadOf(statement(0)).getByRole('listitem')).toHaveText([
      'grün: 1',
      'rot: 1',
    ]);
    await page.getByRole('link', { name: 'Zurück zur Runde' }).tap();
    await round.startRound.tap();
    await expect(round.joinQr).toBeVisible();
    await round.typeAnswers(answerCode);
    await expect(round.alert('Dieser Code gehört zu einer anderen Runde.')).toBeVisible();
    await expect(round.status('Noch keine Antwort da.')).toBeVisible();
    await context.close();
  });

  test('one phone for everyone: each person rates in turn, the lights hidden before the phone goes on', async ({
    app,
    page,
  }) => {
    await openOfflineApp(page);
    await startRoundOverFirstArea(app);
    const { round } = app;
    await round.passPhone.tap();
    await expect(page.getByRole('heading', { name: 'Person 1' })).toBeVisible();
    await expectNoAxeViolations(page, 'passing the phone');
    await round.rate(statement(0), 'grün');
    await round.rate(statement(1), 'rot');
    await round.passDone.tap();
    await expect(round.status('Gezählt. Jetzt 1 Antwort da.')).toContainText('verdeckt');
    await expect(page.getByRole('radio')).toHaveCount(0);
    await expectNoAxeViolations(page, 'the lights hidden before the phone goes on');
    await round.passNext.tap();
    await expect(page.getByRole('heading', { name: 'Person 2' })).toBeVisible();
    await expect(round.light(statement(0), 'grün')).not.toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await round.rate(statement(0), 'gelb');
    await round.passDone.tap();
    await expect(round.status('Gezählt. Jetzt 2 Antworten da.')).toBeVisible();
    await round.passFinish.tap();
    await expect(round.spreadHeading).toBeVisible();
    await expect(round.spreadOf(statement(0)).getByRole('listitem')).toHaveText([
      'grün: 1',
      'gelb: 1',
    ]);
    await expect(round.spreadOf(statement(1)).getByRole('listitem')).toHaveText(['rot: 1']);
  });

  test('the big-screen view moves with the arrow keys and a presentation clicker', async ({
    app,
    page,
  }) => {
    await openOfflineApp(page);
    await startRoundOverFirstArea(app);
    const { round } = app;
    await passThePhone(app, [CHOICES[2]!, CHOICES[1]!]);
    await page.getByRole('link', { name: 'Großbildansicht' }).tap();
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(round.bigHeading).toContainText('Aussage 1 von 4');
    // Most disagreement first: green against red.
    await expect(page.locator('.big-statement')).toHaveText(statement(2));
    await expectNoAxeViolations(page, 'the big-screen view');
    await page.keyboard.press('PageDown');
    await expect(round.bigHeading).toContainText('Aussage 2 von 4');
    await page.keyboard.press('ArrowRight');
    await expect(round.bigHeading).toContainText('Aussage 3 von 4');
    await page.keyboard.press('PageUp');
    await expect(round.bigHeading).toContainText('Aussage 2 von 4');
    await page.keyboard.press('End');
    await expect(round.bigHeading).toContainText('Aussage 4 von 4');
    await page.keyboard.press('ArrowRight');
    await expect(round.bigHeading).toContainText('Aussage 4 von 4');
    await page.keyboard.press('Home');
    await expect(round.bigHeading).toContainText('Aussage 1 von 4');
    await expect(page.locator('.big-agreed')).toHaveText('Noch keine gemeinsame Ampel');
  });
});
