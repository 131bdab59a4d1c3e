// npm run bench: prints the figures of the app. Not a test: it measures and
// reports, and judges nothing. Needs Debian's Chromium (CHROMIUM_PATH).
//   1. initial JS and CSS of the built app (gzip bytes), beside an empty page of the same stack (assets.ts)
//   2. tap to "gespeichert": p50/p95 over 200 taps on a 60-criterion edition, and a bare Dexie
//      put of the same row in the same page (taps.ts)
//   3. the progress page of a club with 100 finished assessments: navigation to rendered, p50/p95 (progress.ts)
//   4. the PDF report of a club with 20 assessments of 60 criteria: click to saved file (median),
//      PDF size, and the lazily loaded PDF chunks (gzip bytes) and font files (pdf.ts)
//   5. restore of a backup (50 clubs, 1,000 assessments of 60 answers), as a format 1 file (answer rows,
//      folded on restore) and as a format 2 file (answers in the assessments): file chosen to committed,
//      median of RESTORE_RUNS fresh profiles, default 5 (restore.ts)
//   6. upgrade of a v4 database (2,000 finished assessments × 50 answer rows) at start: navigation
//      to the club list (median of UPGRADE_RUNS fresh profiles, default 3), and the next start (upgrade.ts)
//   7. Auswertung: import of 1,000 anonymous files, and a filter change over them, in the page (office.ts)
//   8. Lighthouse (mobile defaults): app and empty page in LIGHTHOUSE_RUNS interleaved pairs, default 5,
//      and the median LCP difference (lighthouse.ts)
//   9. the meeting on one phone: taps other than lights from an empty start to a finished assessment,
//      the height of the sticky bar with a 60-character club name, the share of the screen left (meeting.ts)
//  10. a round at the meeting over the shipped edition: bytes, symbols and QR version of one participant's
//      answer code and of the join code; on the moderator's phone with a fake camera, from the tap on
//      "Kamera einschalten" (opening the camera included) to "Gezählt" for a new participant's code,
//      median of 10; the lazily loaded JS of the round screens (gzip bytes) (round.ts)
//  11. the languages: each language's catalog chunks but German's, core and files (gzip bytes, found by
//      the JS its switches load); on #/sprache, the click on a language's radio to the screen repainted
//      in it, median of 10 switches from German and the first, cold one, and German's from the switches
//      back; the PDF report of one finished assessment of the shipped edition in German and in Arabic:
//      click to saved file (median of 5 each, alternating, after a first run each) and its size
//      (languages.ts)
// Figures 2–4 start from a device seeded through the app's own restore of a generated backup file
// (data.ts, seed.ts) and drive the app through the end-to-end tests' page models.
// --office-only measures only 7, --upgrade-only only 6, --taps-only only 2, --restore-only only 5,
// --lighthouse-only only 8, --meeting-only only 9, --round-only only 10, --languages-only only 11
// (each with the asset sizes);
// --no-lighthouse leaves 8 out, --no-build
// measures the builds as they are. TAP_GAP_MS waits between taps; BENCH_DIST serves another build
// directory instead of dist/, to compare two builds; BENCH_PORT (and the port after it) for the servers.
import { execFileSync } from 'node:child_process';
import type { Browser } from '@playwright/test';
import { initialAssets, printAssets } from './assets';
import { launch, openApp, phoneContext, serve } from './browser';
import { seedBackup } from './data';
import { measureLanguages, measureReports, printLanguages, printReports } from './languages';
import { measureLighthouse, printLighthouse } from './lighthouse';
import { measureMeeting, printMeeting } from './meeting';
import { measureOffice, printOffice } from './office';
import { measurePdf, printPdf } from './pdf';
import { measureProgress, printProgress } from './progress';
import { measureRestores, printRestores } from './restore';
import { measureRound, printRound } from './round';
import { restoreThroughSettings } from './seed';
import { measureTaps, printTaps } from './taps';
import { measureUpgrade, printUpgrade } from './upgrade';

const args = new Set(process.argv.slice(2));
const numberFrom = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const DIST = process.env.BENCH_DIST ?? 'dist';

const build = (config?: string) =>
  execFileSync(
    'npx',
    ['vite', 'build', '--logLevel', 'warn', ...(config ? ['--config', config] : [])],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );

/** Figures 2–4 in one page of one profile, seeded by restoring a backup file. */
async function meetingFigures(browser: Browser, baseUrl: string, tapsOnly: boolean) {
  const context = await phoneContext(browser, baseUrl);
  const { app } = await openApp(context);
  await restoreThroughSettings(app, seedBackup());
  printTaps(await measureTaps(app, 200, numberFrom('TAP_GAP_MS', 0)));
  if (!tapsOnly) {
    printProgress(await measureProgress(app, 30));
    printPdf(await measurePdf(app, 9, DIST));
  }
  await context.close();
}

async function measure(appUrl: string, emptyUrl: string): Promise<void> {
  const only = [
    '--office-only',
    '--upgrade-only',
    '--taps-only',
    '--restore-only',
    '--lighthouse-only',
    '--meeting-only',
    '--round-only',
    '--languages-only',
  ].find((flag) => args.has(flag));
  const wanted = (flag: string) => only === undefined || only === flag;
  const browser = await launch();
  try {
    if (wanted('--taps-only')) await meetingFigures(browser, appUrl, only === '--taps-only');
    if (wanted('--restore-only'))
      printRestores(await measureRestores(browser, appUrl, numberFrom('RESTORE_RUNS', 5)));
    if (wanted('--upgrade-only'))
      printUpgrade(await measureUpgrade(browser, appUrl, numberFrom('UPGRADE_RUNS', 3)));
    if (wanted('--office-only')) printOffice(await measureOffice(browser, appUrl, 5, 30));
    if (wanted('--meeting-only')) printMeeting(await measureMeeting(browser, appUrl));
    if (wanted('--languages-only')) {
      printLanguages(await measureLanguages(browser, appUrl, DIST, 10));
      printReports(await measureReports(browser, appUrl, DIST, 5));
    }
  } finally {
    await browser.close();
  }
  // With its own browser, whose camera plays a file.
  if (wanted('--round-only')) printRound(await measureRound(appUrl, DIST, 10));
  if (wanted('--lighthouse-only') && !args.has('--no-lighthouse'))
    printLighthouse(measureLighthouse(appUrl, emptyUrl, numberFrom('LIGHTHOUSE_RUNS', 5)));
}

if (!args.has('--no-build')) {
  build();
  build('scripts/baseline/vite.config.ts');
  build('scripts/bench/bare-put/vite.config.ts');
}
printAssets(await initialAssets(DIST), await initialAssets('reports/baseline'));

const port = numberFrom('BENCH_PORT', 4180);
const [appServer, emptyServer] = await Promise.all([
  serve(DIST, port),
  serve('reports/baseline', port + 1),
]);
try {
  await measure(appServer.url, emptyServer.url);
} finally {
  appServer.stop();
  emptyServer.stop();
}
