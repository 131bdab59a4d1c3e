import { readFile } from 'node:fs/promises';
import type { App, LightWord } from '../../tests/e2e/page-models';
import { SEED } from './data';
import { median, quantile } from './stats';

// Tap to "gespeichert": each figure is click → the card says "gespeichert",
// measured in the page; beside it Dexie's own put of the same answer row in
// the same page.

const WORDS: readonly LightWord[] = ['grün', 'gelb', 'rot', 'trifft nicht zu'];
const criterion = (area: number, c: number) => `Wir prüfen Aussage ${c} in Bereich ${area}.`;

/** The module reports/bench-put/bare-put.js (Dexie and timePuts), served to the app's page. */
export const BARE_PUT_MODULE = 'reports/bench-put/bare-put.js';

export interface TapFigures {
  taps: number[];
  barePuts: number[];
}

/**
 * From the club list of a seeded device: opens the tap club, starts an
 * assessment of the 60-statement edition and taps `count` lights area by area
 * (a round over the area's statements, then the next light), gap ms apart.
 * Then, in the same page, times as many bare Dexie puts of the same answer
 * rows, under another assessment's key so that no screen reacts to them.
 */
export async function measureTaps(app: App, count: number, gap: number): Promise<TapFigures> {
  await app.clubList.goto();
  await app.clubList.club(SEED.taps.name).click();
  await app.club.expectOpen(SEED.taps.name);
  await app.startAssessment();
  const taps: number[] = [];
  const rows: object[] = [];
  const perArea = Math.ceil(count / 6);
  for (let area = 1; area <= 6 && taps.length < count; area += 1) {
    await app.assessment.expectArea(`Bereich ${area}`);
    for (let i = 0; i < perArea && taps.length < count; i += 1) {
      const c = (i % 10) + 1;
      const word = WORDS[Math.floor(i / 10) % WORDS.length] ?? 'grün';
      taps.push(await tapAndWait(app, criterion(area, c), word));
      rows.push({
        assessmentId: 'bench-bare-put',
        criterionId: `bereich-${area}-${String(c).padStart(2, '0')}`,
        rating: ['green', 'yellow', 'red', 'na'][WORDS.indexOf(word)],
        updatedAt: new Date().toISOString(),
      });
      if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
    }
    if (area < 6) await app.assessment.next.click();
  }
  return { taps, barePuts: await barePuts(app, rows) };
}

/** One tap on a light, timed in the page until its card says the write is committed. */
function tapAndWait(app: App, text: string, word: LightWord): Promise<number> {
  return app.assessment.light(text, word).evaluate(
    (input) =>
      new Promise<number>((resolve) => {
        const card = input.closest('li');
        if (!card) throw new Error('a light outside a card');
        const seqOf = (el: Element | null) =>
          Number((el as HTMLElement | null)?.dataset.saveSeq ?? -1);
        const before = seqOf(card.querySelector('[data-save-seq]'));
        const saved = () => {
          const status = card.querySelector<HTMLElement>('[data-save-state]');
          return status?.dataset.saveState === 'saved' && seqOf(status) > before;
        };
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          if (!saved()) return;
          observer.disconnect();
          resolve(performance.now() - t0);
        });
        observer.observe(card, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        (input as HTMLInputElement).click();
      }),
  );
}

/** Dexie's own put of each row in the app's page, timed there until committed. */
async function barePuts(app: App, rows: object[]): Promise<number[]> {
  const body = await readFile(BARE_PUT_MODULE);
  await app.page.route('**/__bench__/bare-put.js', (route) =>
    route.fulfill({ body, contentType: 'text/javascript' }),
  );
  return app.page.evaluate(
    async ({ list, url }) => {
      const module = (await import(url)) as {
        timePuts: (rows: readonly object[]) => Promise<number[]>;
      };
      return module.timePuts(list);
    },
    { list: rows, url: '/__bench__/bare-put.js' },
  );
}

export function printTaps({ taps, barePuts }: TapFigures): void {
  console.log(`Tap to "gespeichert" (${taps.length} taps, 60-criterion edition, Chromium)`);
  console.log(
    `  p50 ${median(taps).toFixed(1)} ms, p95 ${quantile(taps, 0.95).toFixed(1)} ms, max ${Math.max(...taps).toFixed(1)} ms   target p95 < 16 ms`,
  );
  console.log(
    `  bare Dexie put of the same answer row, same page and run (${barePuts.length} puts, another assessment's key): p50 ${median(barePuts).toFixed(1)} ms, p95 ${quantile(barePuts, 0.95).toFixed(1)} ms`,
  );
}
