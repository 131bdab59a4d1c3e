import type { Browser } from '@playwright/test';
import { App } from '../../tests/e2e/page-models';
import { browserContext } from './browser';
import { anonymousFiles } from './data';
import { median, p50p95 } from './stats';

// The Auswertung in a desktop Chromium. Import: from the change event of the
// file input (1,000 files) to the figures painted, after emptying the office
// database each run. Filter: from a select's change event to the updated view
// painted.

export interface OfficeFigures {
  imports: number[];
  filters: number[];
}

export async function measureOffice(
  browser: Browser,
  baseUrl: string,
  importRuns: number,
  filterRuns: number,
): Promise<OfficeFigures> {
  const texts = anonymousFiles(1000);
  const context = await browserContext(browser, {
    baseURL: baseUrl,
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const { office } = new App(page);
  const imports: number[] = [];
  for (let run = 0; run < importRuns; run += 1) {
    await office.open('#/auswertung');
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const r = indexedDB.deleteDatabase('ampelbogen-auswertung');
          r.onsuccess = resolve;
          r.onerror = () => reject(r.error);
        }),
    );
    await page.reload();
    await office.emptyState.waitFor();
    imports.push(
      await office.pickFiles.evaluate(
        (input, list) =>
          new Promise<number>((resolve) => {
            const dt = new DataTransfer();
            list.forEach((text, i) =>
              dt.items.add(new File([text], `r-${i}.json`, { type: 'application/json' })),
            );
            (input as HTMLInputElement).files = dt.files;
            const done = () =>
              document
                .querySelector('[data-testid="office-basis"]')
                ?.textContent?.includes('von 1000 Rückmeldungen') &&
              document.body.textContent?.includes('1000 übernommen');
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        texts,
      ),
    );
  }
  const steps = [
    [office.category, 'sport'],
    [office.sizeBand, 'bis-20'],
    [office.category, 'all'],
    [office.from, '2026-Q1'],
    [office.sizeBand, 'all'],
    [office.from, '2025-Q1'],
  ] as const;
  const basis = await office.basis.elementHandle();
  if (!basis) throw new Error('the Auswertung shows no basis line');
  const filters: number[] = [];
  for (let i = 0; i < filterRuns; i += 1) {
    const [select, value] = steps[i % steps.length] ?? steps[0];
    filters.push(
      await select.evaluate(
        (element, { v, basis }) =>
          new Promise<number>((resolve) => {
            const before = basis.textContent;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (basis.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(basis, { childList: true, subtree: true, characterData: true });
            (element as HTMLSelectElement).value = v;
            element.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        { v: value, basis },
      ),
    );
  }
  await context.close();
  return { imports, filters };
}

export function printOffice({ imports, filters }: OfficeFigures): void {
  console.log(`Auswertung, 1,000 anonymous files of the shipped edition (Chromium, 1280 px)`);
  console.log(
    `  import (change event to figures painted, ${imports.length} runs): p50 ${median(imports).toFixed(0)} ms, max ${Math.max(...imports).toFixed(0)} ms   target < 3000 ms`,
  );
  console.log(
    `  filter change to updated view painted (${filters.length} changes): ${p50p95(filters)}   target < 100 ms`,
  );
}
