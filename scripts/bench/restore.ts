import type { Browser } from '@playwright/test';
import { openApp, phoneContext } from './browser';
import { restoreBackup } from './data';
import { median } from './stats';

// Restore of a backup on an empty device (a fresh profile per run), timed in
// the page: the file input's change event to the preview, plus the tap on
// "Alles ersetzen" to the message that the transaction committed.

export interface RestoreTime {
  check: number;
  write: number;
}

export async function measureRestore(
  browser: Browser,
  baseUrl: string,
  text: string,
  runs: number,
): Promise<RestoreTime[]> {
  const times: RestoreTime[] = [];
  for (let r = 0; r < runs; r += 1) {
    const context = await phoneContext(browser, baseUrl);
    const { app } = await openApp(context);
    await app.shell.open('#/einstellungen');
    await app.backup.section.waitFor();
    // The timing starts in the page; the promise waits there for the file.
    await app.backup.restoreFile.evaluate((input) => {
      (window as unknown as { __restore: Promise<RestoreTime> }).__restore =
        new Promise<RestoreTime>((resolve) => {
          input.addEventListener(
            'change',
            () => {
              const t0 = performance.now();
              let tapped: number | null = null;
              const observer = new MutationObserver(() => {
                const replace = [...document.querySelectorAll('button')].find(
                  (b) => b.textContent === 'Alles ersetzen',
                );
                if (replace && tapped === null) {
                  tapped = performance.now();
                  replace.click();
                }
                const restored = [...document.querySelectorAll('[role="status"]')].some((s) =>
                  s.textContent?.startsWith('Sicherung eingespielt'),
                );
                if (restored && tapped !== null) {
                  observer.disconnect();
                  resolve({ check: tapped - t0, write: performance.now() - tapped });
                }
              });
              observer.observe(document.body, {
                childList: true,
                subtree: true,
                characterData: true,
              });
            },
            { once: true },
          );
        });
    });
    await app.backup.restoreFile.setInputFiles({
      name: 'ampelbogen-sicherung-2026-03-14.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    times.push(
      await app.page.evaluate(
        () => (window as unknown as { __restore: Promise<RestoreTime> }).__restore,
      ),
    );
    await context.close();
  }
  return times;
}

/** Both backup formats, each restored runs times. */
export async function measureRestores(browser: Browser, baseUrl: string, runs: number) {
  const out = [];
  for (const version of [1, 4] as const) {
    const text = restoreBackup(version);
    out.push({
      version,
      megabytes: text.length / 1024 / 1024,
      times: await measureRestore(browser, baseUrl, text, runs),
    });
  }
  return out;
}

export function printRestores(results: Awaited<ReturnType<typeof measureRestores>>): void {
  for (const { version, megabytes, times } of results) {
    const totals = times.map((r) => r.check + r.write);
    const shape =
      version === 1
        ? 'format 1, 60,000 answer rows folded on restore'
        : 'format 4, answers inside the assessments';
    console.log(
      `Restore of a backup, 50 clubs, 1,000 assessments, 60,000 answers, 3,000 steps (${shape}; ${megabytes.toFixed(1)} MB, empty device, ${times.length} runs, Chromium)`,
    );
    console.log(
      `  file chosen to transaction committed: median ${median(totals).toFixed(0)} ms (read and check ${median(times.map((r) => r.check)).toFixed(0)} ms, write ${median(times.map((r) => r.write)).toFixed(0)} ms), max ${Math.max(...totals).toFixed(0)} ms   target < 3000 ms`,
    );
  }
}
