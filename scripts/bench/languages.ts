import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { ar } from '../../src/locale/ar/core';
import { de } from '../../src/locale/de/core';
import { deEinfach } from '../../src/locale/de-einfach/core';
import { en } from '../../src/locale/en/core';
import { LOCALES } from '../../src/locale/locales';
import { tr } from '../../src/locale/tr/core';
import { uk } from '../../src/locale/uk/core';
import { shipped } from '../../tests/e2e/edition';
import type { App, LightWord } from '../../tests/e2e/page-models';
import { openApp, phoneContext } from './browser';
import { clickToSaved } from './pdf';
import { median } from './stats';

// The languages. German is in the first-screen bundle; every other language
// brings two catalogs as chunks of their own, loaded when it is chosen.
//
// Switching, in one fresh profile on a phone, once the service worker controls
// the page (an installed app): from the club list's language link to
// "#/sprache", then for each language other than German a first, cold switch
// (its chunk not yet loaded in the page) and then `switches` more, each from
// German, with a switch back to German between them. A switch is timed in the
// page: from the click on the language's radio until <html lang> is the
// language's tag and the screen, rendered anew, shows the language's heading
// and intro from its catalog, and then one frame (requestAnimationFrame, then
// a task after it) so that the paint is counted. The back switches give
// German's figure.
//
// The chunks: the JS files each cold switch loaded (resource timing: new after
// it, not before) are that language's core catalog. A screen with the
// on-demand texts (the settings) loads German's files catalog; from then on a
// switch loads the language's files catalog too, and the JS a second switch
// to each language loads then is its files catalog. Sizes as gzip -9 bytes of
// the files in the build directory.
//
// The PDF: in another fresh profile, a club and one assessment of the shipped
// edition made through the screens, a light on every statement, finished; on
// its "Weitergeben" screen (screens in German) the report language is chosen
// in "Sprache des Berichts", and "PDF erstellen" is timed from the click to
// the status line's "gespeichert" (pdf.ts). A first run in German (the PDF
// chunk and its font) and in Arabic (the Arabic catalogs and fonts), then
// `runs` runs of each, alternating.

/** The languages offered to users (not the tests' pseudo-locale). */
type Offered = Exclude<(typeof LOCALES)[number], { testOnly: true }>;
const OFFERED = LOCALES.filter((l): l is Offered => !('testOnly' in l && l.testOnly));

/** Each language's first-screen catalog, for the texts the switched screen must show. */
const CORE = { de, 'de-einfach': deEinfach, en, tr, ar, uk } satisfies Record<
  Offered['id'],
  typeof de
>;

export interface ChunkFile {
  path: string;
  gzip: number;
}

export interface LanguageFigures {
  /** Whether a service worker controlled the page (chunks then come from its cache). */
  controlled: boolean;
  languages: {
    id: string;
    name: string;
    /** The cold switch, ms (German: none). */
    cold: number | undefined;
    /** The switches after it, ms (German: the switches back from the others). */
    warm: number[];
    core: ChunkFile[];
    files: ChunkFile[];
  }[];
}

export interface ReportRun {
  id: string;
  name: string;
  first: number;
  warm: number[];
  /** Bytes of the saved PDF. */
  size: number;
}

export interface ReportFigures {
  statements: number;
  runs: ReportRun[];
  /** Files that the first Arabic report loaded, beyond those of the first German one. */
  arabicFiles: { path: string; bytes: number; gzip: number }[];
}

const resources = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));

/** The build's files among the resources new after a step, by path in the build. */
function newFiles(before: readonly string[], after: readonly string[], pattern: RegExp): string[] {
  const seen = new Set(before);
  const paths = after
    .filter((name) => !seen.has(name))
    .map((name) => new URL(name).pathname.slice(1))
    .filter((path) => pattern.test(path));
  return [...new Set(paths)];
}

async function gzipSizes(dist: string, paths: readonly string[]): Promise<ChunkFile[]> {
  const files = [];
  for (const path of paths)
    files.push({ path, gzip: gzipSync(await readFile(join(dist, path)), { level: 9 }).length });
  return files;
}

/** As an installed app: the service worker active and controlling the page. */
async function underServiceWorker(page: Page): Promise<boolean> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
    await page.reload();
  for (let i = 0; i < 50; i += 1) {
    if (await page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated'))
      return true;
    await delay(100);
  }
  return false;
}

/**
 * In the page, on "#/sprache": clicks the language's radio (the clock starts
 * there) and waits for the screen rendered anew in it, then for the next frame.
 */
function timeSwitch(page: Page, language: Offered): Promise<number> {
  const words = CORE[language.id].language;
  return page.getByRole('radio', { name: language.name, exact: true }).evaluate(
    (input, want) =>
      new Promise<number>((resolve, reject) => {
        let t0 = 0;
        const root = document.documentElement;
        const oldHeading = document.getElementById('screen-title');
        const repainted = () => {
          const heading = document.getElementById('screen-title');
          const intro = heading?.closest('section')?.querySelector('p');
          return (
            root.lang === want.intl &&
            heading !== oldHeading &&
            heading?.textContent === want.heading &&
            intro?.textContent === want.intro
          );
        };
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no repaint in ${want.intl} within 10 s`));
        }, 10_000);
        const observer = new MutationObserver(() => {
          if (!repainted()) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        });
        observer.observe(root, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        t0 = performance.now();
        (input as HTMLInputElement).click();
      }),
    { intl: language.intl, heading: words.heading, intro: words.intro },
  );
}

export async function measureLanguages(
  browser: Browser,
  baseUrl: string,
  dist: string,
  switches: number,
): Promise<LanguageFigures> {
  const context = await phoneContext(browser, baseUrl);
  const { page, app } = await openApp(context);
  try {
    await app.clubList.goto();
    const controlled = await underServiceWorker(page);
    await app.clubList.heading.waitFor();
    await page.locator('.language-link a').click();
    await page.getByRole('heading', { level: 1, name: de.language.heading }).waitFor();

    const german = OFFERED.find((l) => l.id === 'de');
    if (!german) throw new Error('German is not offered');
    const others = OFFERED.filter((l) => l.id !== 'de');
    const settle = () => delay(100);
    const back: number[] = [];
    const figures: LanguageFigures['languages'] = [];
    for (const language of others) {
      const before = await resources(page);
      const cold = await timeSwitch(page, language);
      const core = newFiles(before, await resources(page), /\.js$/);
      const warm: number[] = [];
      for (let i = 0; i < switches; i += 1) {
        await settle();
        back.push(await timeSwitch(page, german));
        await settle();
        warm.push(await timeSwitch(page, language));
      }
      await settle();
      back.push(await timeSwitch(page, german));
      await settle();
      figures.push({
        id: language.id,
        name: language.name,
        cold,
        warm,
        core: await gzipSizes(dist, core),
        files: [],
      });
    }

    // The settings load German's on-demand texts; a switch then loads the language's too.
    await page.evaluate(() => (location.hash = '#/einstellungen'));
    await app.settings.heading.waitFor();
    await page.evaluate(() => (location.hash = '#/sprache'));
    await page.getByRole('heading', { level: 1, name: de.language.heading }).waitFor();
    for (const language of others) {
      const before = await resources(page);
      await timeSwitch(page, language);
      const files = newFiles(before, await resources(page), /\.js$/);
      await settle();
      await timeSwitch(page, german);
      await settle();
      const entry = figures.find((f) => f.id === language.id);
      if (entry) entry.files = await gzipSizes(dist, files);
    }
    figures.unshift({
      id: german.id,
      name: german.name,
      cold: undefined,
      warm: back,
      core: [],
      files: [],
    });
    return { controlled, languages: figures };
  } finally {
    await context.close();
  }
}

/** Lights for the statements in turn: mostly green and yellow, some red, a few not applicable. */
const MIX: readonly LightWord[] = [
  'grün',
  'gelb',
  'grün',
  'rot',
  'gelb',
  'grün',
  'gelb',
  'trifft nicht zu',
  'grün',
  'rot',
];

/** A club, and one finished assessment of the shipped edition with a light on every statement. */
async function finishedAssessment(app: App): Promise<{ id: string; statements: number }> {
  const { page } = app;
  await app.clubList.goto();
  await app.createClub({ name: 'Kulturverein Gravenbruch' });
  await app.startAssessment({ date: '2026-03-15' });
  const id = decodeURIComponent(page.url().split('#/einschaetzung/')[1]?.split('/')[0] ?? '');
  let statements = 0;
  for (const area of shipped.areas) {
    // The app leads on by itself once an area has nothing open.
    await app.assessment.expectArea(area.title);
    for (const criterion of area.criteria) {
      await app.assessment.rate(criterion.text, MIX[statements % MIX.length] ?? 'grün');
      statements += 1;
    }
  }
  await app.summary.heading.waitFor();
  await app.summary.finish.tap();
  await app.summary.finishedNotice.waitFor();
  return { id, statements };
}

export async function measureReports(
  browser: Browser,
  baseUrl: string,
  dist: string,
  runs: number,
): Promise<ReportFigures> {
  const context = await phoneContext(browser, baseUrl);
  const { page, app } = await openApp(context);
  try {
    const { id, statements } = await finishedAssessment(app);
    await page.evaluate((id) => (location.hash = `#/einschaetzung/${id}/weitergeben`), id);
    await app.export.makePdf.waitFor();
    const select = page.getByLabel('Sprache des Berichts');
    const languages = OFFERED.filter((l) => l.id === 'de' || l.id === 'ar');
    const report = async (language: Offered) => {
      await select.selectOption({ label: language.name });
      const download = page.waitForEvent('download');
      const ms = await clickToSaved(app.export.makePdf);
      const size = (await stat(await (await download).path())).size;
      return { ms, size };
    };
    const results: ReportRun[] = [];
    let arabicFiles: ReportFigures['arabicFiles'] = [];
    for (const language of languages) {
      const before = await resources(page);
      const { ms, size } = await report(language);
      results.push({ id: language.id, name: language.name, first: ms, warm: [], size });
      if (language.id === 'ar') {
        const paths = newFiles(before, await resources(page), /\.(js|ttf)$/);
        arabicFiles = [];
        for (const path of paths) {
          const body = await readFile(join(dist, path));
          arabicFiles.push({ path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
        }
      }
    }
    for (let i = 0; i < runs; i += 1)
      for (const [index, language] of languages.entries()) {
        const { ms, size } = await report(language);
        const entry = results[index];
        if (entry) {
          entry.warm.push(ms);
          entry.size = size;
        }
      }
    return { statements, runs: results, arabicFiles };
  } finally {
    await context.close();
  }
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const sum = (files: readonly ChunkFile[]) => files.reduce((n, f) => n + f.gzip, 0);
const listed = (files: readonly ChunkFile[]) =>
  files.length === 0 ? 'none found' : files.map((f) => `${f.path} ${f.gzip} B`).join(', ');

export function printLanguages(f: LanguageFigures): void {
  console.log(
    `Languages: catalog chunks of each language but German (gzip -9 bytes, the JS its switches loaded)`,
  );
  for (const l of f.languages.filter((l) => l.cold !== undefined)) {
    const total = sum(l.core) + sum(l.files);
    console.log(
      `  ${l.name} (${l.id}): core ${listed(l.core)}; files ${listed(l.files)}; total ${total} B (${(total / 1024).toFixed(1)} KB) gzip`,
    );
  }
  console.log(
    `Language switch on #/sprache (phone, Chromium${f.controlled ? ', page under the service worker' : ''}): click on the radio to the screen rendered anew in the language (lang, heading, intro) and the next frame`,
  );
  for (const l of f.languages) {
    const spread = `min ${ms(Math.min(...l.warm))}, max ${ms(Math.max(...l.warm))}`;
    const what =
      l.cold === undefined
        ? `switches back from the others (German is in the first-screen bundle)`
        : `switches from German, first (cold: core chunk loaded) ${ms(l.cold)}`;
    console.log(
      `  ${l.name} (${l.id}): median ${ms(median(l.warm))} over ${l.warm.length} (${spread}); ${what}   target < 150 ms`,
    );
  }
}

export function printReports(f: ReportFigures): void {
  console.log(
    `PDF report of one finished assessment of the shipped edition (${f.statements} statements, a light on each; screens in German, report language chosen in "Sprache des Berichts"; click to saved file)`,
  );
  for (const r of f.runs) {
    const loads = r.id === 'ar' ? 'Arabic catalogs and fonts' : 'PDF chunk and font';
    console.log(
      `  ${r.name} (${r.id}): median ${ms(median(r.warm))} over ${r.warm.length} runs (min ${ms(Math.min(...r.warm))}, max ${ms(Math.max(...r.warm))}), first run with the ${loads} ${ms(r.first)}, PDF ${(r.size / 1024).toFixed(1)} KB   target < 1000 ms`,
    );
  }
  console.log(
    `  loaded for the first Arabic report: ${f.arabicFiles.map((file) => `${file.path} ${file.bytes} B (${file.gzip} B gzip)`).join(', ')}`,
  );
}
