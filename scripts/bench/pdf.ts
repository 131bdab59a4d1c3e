import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Locator } from '@playwright/test';
import type { App } from '../../tests/e2e/page-models';
import { SEED } from './data';
import { median } from './stats';

// The PDF report of the newest of 20 finished assessments of 60 statements,
// with notes and open next steps: click → "gespeichert" (data read, PDF built,
// file handed over), measured in the page; the first run also loads the PDF
// chunk and the font.

export interface PdfFigures {
  first: number;
  warm: number[];
  size: number;
  files: { path: string; bytes: number; gzip: number }[];
}

/**
 * In the page: clicks a PDF button (the clock starts there) and waits until its
 * status line says the file is saved; ms.
 */
export function clickToSaved(button: Locator): Promise<number> {
  return button.evaluate(
    (button) =>
      new Promise<number>((resolve) => {
        const status = () => button.closest('.pdf-action')?.querySelector('[role="status"]');
        let started = false;
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          // The status line first says it is busy (or is empty), then that the file is saved.
          const text = status()?.textContent ?? '';
          if (!/gespeichert/.test(text)) started = true;
          if (started && /gespeichert/.test(text)) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        (button as HTMLButtonElement).click();
      }),
  );
}

export async function measurePdf(app: App, runs: number, dist: string): Promise<PdfFigures> {
  const { page } = app;
  await page.evaluate(
    (id) => (location.hash = `#/einschaetzung/${id}/weitergeben`),
    SEED.pdf.newest,
  );
  await app.export.makePdf.waitFor();
  const resources = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const loadedBefore = await resources();
  const times: number[] = [];
  let size = 0;
  let lazyFiles: string[] = [];
  for (let i = 0; i < runs; i += 1) {
    const download = page.waitForEvent('download');
    times.push(await clickToSaved(app.export.makePdf));
    size = (await stat(await (await download).path())).size;
    if (i === 0) {
      const before = new Set(loadedBefore);
      lazyFiles = (await resources())
        .filter((name) => !before.has(name))
        .map((name) => new URL(name).pathname.slice(1))
        .filter((path) => /\.(js|ttf)$/.test(path));
    }
  }
  const files = [];
  for (const path of lazyFiles) {
    const body = await readFile(join(dist, path));
    files.push({ path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { first: times[0] ?? NaN, warm: times.slice(1), size, files };
}

export function printPdf(pdf: PdfFigures): void {
  console.log(
    'PDF report, club with 20 finished assessments of 60 criteria (Chromium, click to saved file)',
  );
  console.log(
    `  median ${median(pdf.warm).toFixed(0)} ms over ${pdf.warm.length} runs (min ${Math.min(...pdf.warm).toFixed(0)}, max ${Math.max(...pdf.warm).toFixed(0)}), first run with chunk and font load ${pdf.first.toFixed(0)} ms, PDF ${pdf.size} B   target < 1000 ms`,
  );
  const js = pdf.files.filter((f) => f.path.endsWith('.js'));
  const fonts = pdf.files.filter((f) => f.path.endsWith('.ttf'));
  console.log(
    `  lazily loaded JS: ${js.map((f) => `${f.path} ${f.gzip} B gzip`).join(', ')}; total ${js.reduce((n, f) => n + f.gzip, 0)} B gzip   target <= 170 KB`,
  );
  console.log(`  font files: ${fonts.map((f) => `${f.path} ${f.bytes} B`).join(', ')}`);
}
