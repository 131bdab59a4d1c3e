// Takes the screenshots of the web manifest (public/screenshots/*.png), which
// browsers show in their install dialog: on a phone the lights of a finished
// assessment, on a desktop a club's progress, over demo data restored through
// the app's own settings.
// Run after a visible change of that screen: npx tsx scripts/make-screenshots.ts
// (builds first; --no-build takes dist/ as it is). With optipng installed
// (apt-get install optipng) the files are recompressed, losslessly.
// SCREENSHOT_PORT moves the server (default 4179).
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import type { Backup } from '../src/files/backup-file';
import type { Assessment, Club, Measure } from '../src/domain/entities';
import type { RatingId } from '../src/domain/edition-schema';
import edition from '../src/domain/editions/ni-ampelbogen-v3.json' with { type: 'json' };
import { browserContext, launch, openApp, serve } from './bench/browser';
import { restoreThroughSettings } from './bench/seed';

const OUT = 'public/screenshots';
const STAMP = '2026-03-01T09:00:00.000Z';
/** "Today" in the pictures, as in the end-to-end tests. */
const NOW = new Date('2026-03-14T10:00:00+01:00');

const CLUB: Club = {
  id: 'demo-tv-buchenbusch',
  name: 'TV Buchenbusch',
  category: 'sport',
  sizeBand: '101-500',
  description: 'Turnen, Handball und Seniorengymnastik',
  createdAt: STAMP,
  updatedAt: STAMP,
};

/** Four meetings, half a year apart, each a little further than the last. */
const MEETINGS = ['2024-03-12', '2024-09-17', '2025-03-11', '2025-09-16'];
const LATEST = `demo-${MEETINGS.length}`;

/** A light for statement k at meeting m: a fixed start per statement, rising over the meetings. */
function light(k: number, m: number, areaId: string): RatingId {
  if (areaId === 'wohnen' && k % 3 !== 0) return 'na';
  const level = ((k * 7) % 5) + m * 0.9;
  return level < 2 ? 'red' : level < 4 ? 'yellow' : 'green';
}

/** The demo club with its finished assessments and a few open next steps, as a backup file. */
function demoBackup(): string {
  const criteria = edition.areas.flatMap((a) => a.criteria.map((c) => ({ areaId: a.id, ...c })));
  const assessments: Assessment[] = MEETINGS.map((date, m) => ({
    id: `demo-${m + 1}`,
    clubId: CLUB.id,
    editionId: edition.id,
    editionVersion: edition.version,
    date,
    status: 'done',
    lastArea: 0,
    ratings: Object.fromEntries(criteria.map((c, k) => [c.id, light(k, m, c.areaId)])),
    createdAt: STAMP,
    updatedAt: STAMP,
    finishedAt: STAMP,
  }));
  const steps: [string, string, string][] = [
    ['oeffnung-03', 'Die Übungsleiter*innen-Schulung im Mai gemeinsam besuchen', 'Jugendwart*in'],
    ['kommunikation-02', 'Den Aushang im Vereinsheim auch auf Türkisch und Arabisch', 'Vorstand'],
    ['bildung-01', 'Hausaufgabenhilfe mit dem Nachbarschaftsbüro absprechen', 'Petra und Emre'],
  ];
  const measures: Measure[] = steps
    .filter(([criterionId]) => criteria.some((c) => c.id === criterionId))
    .map(([criterionId, text, who]) => ({
      id: `${LATEST}/${criterionId}`,
      clubId: CLUB.id,
      assessmentId: LATEST,
      criterionId,
      text,
      who,
      due: '2026-06-30',
      status: 'open',
      createdAt: STAMP,
      updatedAt: STAMP,
    }));
  const backup: Backup = {
    format: 'ampelbogen-sicherung',
    version: 4,
    createdAt: STAMP,
    appVersion: 'screenshots',
    clubs: [CLUB],
    assessments,
    answers: [],
    measures,
    editions: [],
    settings: {},
  };
  return JSON.stringify(backup);
}

/** One screenshot of a screen (by its address) in a fresh profile of the given size. */
async function shoot(
  browser: Browser,
  baseURL: string,
  file: string,
  size: { width: number; height: number; scale: number; phone: boolean },
  hash: string,
): Promise<void> {
  const context = await browserContext(browser, {
    baseURL,
    viewport: { width: size.width, height: size.height },
    deviceScaleFactor: size.scale,
    isMobile: size.phone,
    hasTouch: size.phone,
    locale: 'de-DE',
    // No service worker: its "ready offline" line would be in the picture.
    serviceWorkers: 'block',
  });
  const { page, app } = await openApp(context);
  await page.clock.setFixedTime(NOW);
  await app.clubList.goto();
  await restoreThroughSettings(app, demoBackup());
  await app.shell.open(hash);
  await app.shell.screenHeading.waitFor();
  await page.evaluate(() => document.fonts.ready);
  await writeFile(`${OUT}/${file}`, await page.screenshot({ animations: 'disabled' }));
  await context.close();
}

function optimise(files: string[]): void {
  try {
    execFileSync('optipng', ['-quiet', '-o5', '-strip', 'all', ...files], { stdio: 'inherit' });
  } catch {
    console.log('optipng not found or failed: the screenshots stay as Chromium wrote them.');
  }
}

if (!process.argv.includes('--no-build'))
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
const server = await serve('dist', Number(process.env.SCREENSHOT_PORT ?? 4179));
const browser = await launch();
try {
  // The sizes must stay those of the manifest's entries (vite.config.ts).
  await shoot(
    browser,
    server.url,
    'summary-narrow.png',
    { width: 360, height: 740, scale: 2, phone: true },
    `#/einschaetzung/${LATEST}/uebersicht`,
  );
  await shoot(
    browser,
    server.url,
    'progress-wide.png',
    { width: 1280, height: 800, scale: 1, phone: false },
    `#/vereine/${CLUB.id}/fortschritt`,
  );
} finally {
  await browser.close();
  server.stop();
}
optimise([`${OUT}/summary-narrow.png`, `${OUT}/progress-wide.png`]);
