import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { correction, generate } from 'lean-qr';
import { criterionOrder, joinOf, type RoundLight } from '../../src/domain/round';
import {
  answersBytes,
  answersCode,
  joinBytes,
  joinCode,
  readRoundCode,
} from '../../src/files/round-code';
import {
  launchWithCamera,
  readQrCanvas,
  writeQrVideo,
  type QrMatrix,
} from '../../tests/e2e/fake-camera';
import { App } from '../../tests/e2e/page-models';
import { phoneContext } from './browser';
import { shippedEdition } from './data';
import { median } from './stats';

// A round at the meeting over the whole shipped edition. The payload of the
// codes from the app's own encoder (bytes, symbols, QR version at level M as
// the app draws it). Then, on the moderator's phone in Chromium with a fake
// camera: from the tap on "Kamera einschalten" to the status "Gezählt. Jetzt
// N …", measured in the page, each run with a new participant's answer code
// in the camera's picture; this includes opening the camera. Last, the JS the
// round screens load lazily: the moderator's screen, its first camera, and a
// participant's join screen.

export interface CodeFigures {
  bytes: number;
  symbols: number;
  qrVersion: number;
}

export interface RoundFigures {
  statements: number;
  /** One participant's lights: how many of each, and how many left open. */
  mix: { light: string; count: number }[];
  answers: CodeFigures;
  join: CodeFigures;
  /** Tap on "Kamera einschalten" to "Gezählt", ms; the first run also loads the reader. */
  counted: number[];
  /** The JS loaded lazily at each step, with its gzip -9 bytes. */
  chunks: { step: string; files: { path: string; gzip: number }[] }[];
}

/**
 * The app's QR code of a text, as its modules: the call of QrCode.tsx (level M
 * at least), whose qrVersionOf Node cannot import with the component's stylesheet.
 */
function qrOf(text: string): { version: number; matrix: QrMatrix } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const matrix = Array.from({ length: code.size }, (_, y) =>
    Array.from({ length: code.size }, (_, x) => code.get(x, y)),
  );
  return { version: (code.size - 17) / 4, matrix };
}

const LIGHTS: readonly [RoundLight, number][] = [
  ['green', 0.4],
  ['yellow', 0.25],
  ['red', 0.12],
  ['na', 0.08],
  [null, 0.15],
];

/** A participant's lights for n statements: mostly green and yellow, some red, some left open. */
function lightsOf(n: number, seed: number): RoundLight[] {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: n }, () => {
    let r = random();
    for (const [light, share] of LIGHTS) if ((r -= share) < 0) return light;
    return null;
  });
}

/** A participant id of 8 hex digits, a different one for each n. */
const participantId = (n: number) => (0x5e000000 + n).toString(16);

function figuresOf(bytes: Uint8Array, code: string): CodeFigures {
  return { bytes: bytes.length, symbols: code.length, qrVersion: qrOf(code).version };
}

/** The payload of the codes of a round over the whole shipped edition. */
export function roundPayload(): Pick<RoundFigures, 'statements' | 'mix' | 'answers' | 'join'> {
  const edition = shippedEdition();
  const ids = criterionOrder(edition);
  const joined = joinOf(edition, 'c0ffee42', ids);
  const answers = {
    round: joined.round,
    participant: participantId(0),
    ratings: lightsOf(ids.length, 7),
  };
  const mix = LIGHTS.map(([light]) => ({
    light: light === null ? 'open' : light === 'na' ? 'not applicable' : light,
    count: answers.ratings.filter((rating) => rating === light).length,
  }));
  return {
    statements: ids.length,
    mix,
    answers: figuresOf(answersBytes(answers), answersCode(answers)),
    join: figuresOf(joinBytes(joined), joinCode(joined)),
  };
}

/** The page's resources once nothing new has come for half a second. */
async function settledResources(page: Page): Promise<string[]> {
  const list = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  let last = await list();
  for (;;) {
    await delay(500);
    const now = await list();
    if (now.length === last.length) return now;
    last = now;
  }
}

/** The JS files a step loaded (resources after it, not before), with their gzip -9 bytes. */
async function loadedJs(
  dist: string,
  before: readonly string[],
  after: readonly string[],
): Promise<{ path: string; gzip: number }[]> {
  const seen = new Set(before);
  const paths = after
    .filter((name) => !seen.has(name))
    .map((name) => new URL(name).pathname.slice(1))
    .filter((path) => path.endsWith('.js'));
  const files = [];
  for (const path of [...new Set(paths)]) {
    const body = await readFile(join(dist, path));
    files.push({ path, gzip: gzipSync(body, { level: 9 }).length });
  }
  return files;
}

/**
 * In the page: clicks "Kamera einschalten" (the clock starts there, as at a
 * user's tap) and waits for a status line that says `Gezählt. Jetzt ${people} …`;
 * rejects on an alert (a code not counted, a camera that failed) or after 20 s.
 */
function timeToCounted(page: Page, people: number): Promise<number> {
  const button = page.getByRole('button', { name: 'Kamera einschalten' });
  return button.evaluate(
    (element, n) =>
      new Promise<number>((resolve, reject) => {
        const counted = new RegExp(`^Gezählt\\. Jetzt ${n} Antwort(?:en)? da\\.`);
        const texts = (role: string) =>
          [...document.querySelectorAll(`[role="${role}"]`)].map((e) => e.textContent ?? '');
        const alertsBefore = new Set(texts('alert'));
        const finish = (outcome: () => void) => {
          observer.disconnect();
          clearTimeout(timer);
          outcome();
        };
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (texts('status').some((text) => counted.test(text)))
            return finish(() => resolve(performance.now() - t0));
          const alert = texts('alert').find((text) => text !== '' && !alertsBefore.has(text));
          if (alert) finish(() => reject(new Error(`not counted: ${alert}`)));
        });
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(
                new Error(`no "Gezählt. Jetzt ${n} …" within 20 s: ${texts('status').join(' | ')}`),
              ),
            ),
          20_000,
        );
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
        });
        (element as HTMLButtonElement).click();
      }),
    people,
  );
}

export async function measureRound(
  baseUrl: string,
  dist: string,
  runs: number,
): Promise<RoundFigures> {
  const payload = roundPayload();
  const dir = await mkdtemp(join(tmpdir(), 'ampelbogen-bench-round-'));
  const video = join(dir, 'camera.y4m');
  // The camera starts on an empty picture.
  await writeQrVideo(video, [[false]]);
  const browser = await launchWithCamera(video);
  try {
    const context = await phoneContext(browser, baseUrl, { permissions: ['camera'] });
    const page = await context.newPage();
    const app = new App(page);
    const { round } = app;
    await app.clubList.goto();
    await app.createClub({ name: 'Kulturverein Gravenbruch' });
    await app.startAssessment();
    await app.assessment.toSummary.tap();
    await app.summary.heading.waitFor();
    const chunks: RoundFigures['chunks'] = [];
    let before = await settledResources(page);
    // Every area stays chosen: the round is over the whole edition.
    await page.getByRole('link', { name: 'Runde starten' }).tap();
    await round.startHeading.waitFor();
    await round.startRound.tap();
    await round.joinQr.waitFor();
    let after = await settledResources(page);
    chunks.push({ step: 'moderator: round screen', files: await loadedJs(dist, before, after) });
    before = after;

    const joinText = (await round.joinCode.textContent()) ?? '';
    const joined = readRoundCode(joinText);
    if (!joined.ok || joined.value.kind !== 'join')
      throw new Error(`The join code on the page does not read: ${joinText}`);
    const { round: roundId, selected } = joined.value;

    const counted: number[] = [];
    for (let run = 1; run <= runs; run += 1) {
      const code = answersCode({
        round: roundId,
        participant: participantId(run),
        ratings: lightsOf(selected.length, run),
      });
      await writeQrVideo(video, qrOf(code).matrix);
      counted.push(await timeToCounted(page, run));
      await round.cameraOff.tap();
      await round.cameraOn.waitFor();
      if (run === 1) {
        after = await settledResources(page);
        chunks.push({
          step: 'moderator: first camera',
          files: await loadedJs(dist, before, after),
        });
      }
      // The camera is closed before the next code goes into its picture.
      await delay(300);
    }

    // A participant's phone reads the join code and lands on its lights.
    await writeQrVideo(video, await readQrCanvas(page, round.joinQr));
    await context.close();
    const phone = await phoneContext(browser, baseUrl, { permissions: ['camera'] });
    const participantPage = await phone.newPage();
    const participant = new App(participantPage);
    await participant.clubList.goto();
    await participant.clubList.heading.waitFor();
    before = await settledResources(participantPage);
    await participant.round.joinLink.tap();
    await participant.round.rateHeading.waitFor();
    after = await settledResources(participantPage);
    chunks.push({
      step: 'participant: join screen, camera, rating',
      files: await loadedJs(dist, before, after),
    });
    await phone.close();
    return { ...payload, counted, chunks };
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export function printRound(f: RoundFigures): void {
  const mix = f.mix.map(({ light, count }) => `${count} ${light}`).join(', ');
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(`A round at the meeting (shipped edition, ${f.statements} statements)`);
  console.log(
    `  one participant's answer code, ${f.statements} lights (${mix}): ${f.answers.bytes} B, typed code ${f.answers.symbols} symbols, QR version ${f.answers.qrVersion} (level M or higher)   target ≤ 40 B, QR version ≤ 3`,
  );
  console.log(
    `  join code for the whole edition: ${f.join.bytes} B, typed code ${f.join.symbols} symbols, QR version ${f.join.qrVersion} (level M or higher)`,
  );
  console.log(
    `  fake camera showing a new participant's code to "Gezählt" on the moderator's phone (Chromium, from the tap on "Kamera einschalten", opening the camera included): median ${ms(median(f.counted))} over ${f.counted.length} runs (min ${ms(Math.min(...f.counted))}, max ${ms(Math.max(...f.counted))}), first run with the jsQR chunk load ${ms(f.counted[0] ?? NaN)}   target < 1000 ms`,
  );
  for (const { step, files } of f.chunks)
    console.log(
      `  lazily loaded JS, ${step}: ${files.map((file) => `${file.path} ${file.gzip} B gzip`).join(', ')}; total ${files.reduce((n, file) => n + file.gzip, 0)} B gzip`,
    );
}
