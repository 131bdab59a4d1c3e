import type { Browser } from '@playwright/test';
import { V4_STORES, writeVersion4Database } from '../../tests/fixtures/v4-database';
import { browserContext } from './browser';
import { shippedEdition } from './data';
import { median } from './stats';

// The upgrade of a v4 database at start. An old version's shape is by
// definition not what the app writes now, so the database is written with the
// IndexedDB API alone (the writer the upgrade tests use), on a blank page of
// the app's origin so that the app does not open it first.

const STAMP = '2025-11-20T18:00:00.000Z';
const LIGHTS = ['green', 'yellow', 'red', 'na'] as const;

/**
 * The rows of a v4 database: the shipped edition, 50 clubs with 40 finished
 * assessments each (2,000), every assessment with its v3 snapshot of lights
 * and an answer row for each of the edition's 50 statements, each with a light
 * and every tenth with a note.
 */
function version4Rows() {
  const edition = shippedEdition();
  const criteria = edition.areas.flatMap((a) => a.criteria.map((c) => c.id));
  const clubs: object[] = [];
  const assessments: object[] = [];
  const answers: object[] = [];
  for (let c = 0; c < 50; c += 1) {
    const clubId = `club-${String(c).padStart(2, '0')}`;
    clubs.push({
      id: clubId,
      name: `Messverein ${c + 1}`,
      category: 'sport',
      sizeBand: '21-100',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    for (let i = 0; i < 40; i += 1) {
      const id = `${clubId}-a${String(i).padStart(2, '0')}`;
      const ratings: Record<string, string> = {};
      criteria.forEach((criterionId, k) => {
        const rating = LIGHTS[(c + i + k) % 4] ?? 'na';
        ratings[criterionId] = rating;
        answers.push({
          assessmentId: id,
          criterionId,
          rating,
          ...(k % 10 === 0 ? { note: `Notiz ${k}: mit den Übungsleiter*innen besprechen.` } : {}),
          updatedAt: STAMP,
        });
      });
      assessments.push({
        id,
        clubId,
        editionId: edition.id,
        editionVersion: edition.version,
        date: new Date(Date.UTC(2022, 0, 1 + i * 30)).toISOString().slice(0, 10),
        status: 'done',
        lastArea: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
        finishedAt: STAMP,
        ratings,
      });
    }
  }
  const editions = [
    {
      key: `${edition.id}@${edition.version}`,
      id: edition.id,
      version: edition.version,
      importedAt: STAMP,
      edition,
    },
  ];
  return { clubs, assessments, answers, editions };
}

export interface UpgradeFigures {
  upgrades: number[];
  nextStarts: number[];
}

/**
 * Per run a fresh profile with the v4 database, then the time from navigation
 * to the club list with all 50 clubs rendered, measured in the page; then a
 * reload, the next start without upgrade, measured the same way.
 */
export async function measureUpgrade(
  browser: Browser,
  baseUrl: string,
  runs: number,
): Promise<UpgradeFigures> {
  const rows = version4Rows();
  const upgrades: number[] = [];
  const nextStarts: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    const context = await browserContext(browser, {
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
    });
    await context.route('**/__seed__', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
    );
    await context.addInitScript(() => {
      const listed = () => document.querySelectorAll('ul[aria-label="Vereine"] > li').length === 50;
      const observer = new MutationObserver(() => {
        if (!listed()) return;
        observer.disconnect();
        (window as unknown as { __listedAt: number }).__listedAt = performance.now();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}__seed__`);
    await page.evaluate(writeVersion4Database, { name: 'ampelbogen', stores: V4_STORES, rows });
    const listedAt = async () => {
      const handle = await page.waitForFunction(
        () => (window as unknown as { __listedAt?: number }).__listedAt,
        null,
        { timeout: 120_000 },
      );
      return (await handle.jsonValue()) as number;
    };
    await page.goto(baseUrl);
    upgrades.push(await listedAt());
    await page.reload();
    nextStarts.push(await listedAt());
    await context.close();
  }
  return { upgrades, nextStarts };
}

export function printUpgrade({ upgrades, nextStarts }: UpgradeFigures): void {
  console.log(
    `Database upgrade v4 → current, 2,000 assessments × 50 answers (50 clubs) (Chromium, fresh profile per run, ${upgrades.length} runs)`,
  );
  console.log(
    `  navigation to club list rendered: median ${median(upgrades).toFixed(0)} ms (min ${Math.min(...upgrades).toFixed(0)}, max ${Math.max(...upgrades).toFixed(0)}); next start without upgrade: median ${median(nextStarts).toFixed(0)} ms   target <= 5000 ms`,
  );
}
