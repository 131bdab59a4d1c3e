import type { App } from '../../tests/e2e/page-models';
import { SEED } from './data';
import { p50p95 } from './stats';

// The progress page of a club with 100 finished assessments of 60 statements:
// from the club page, the hash navigation to the fully rendered progress page.

/** runs navigations club page → progress page, each timed in the page until the comparison is there. */
export async function measureProgress(app: App, runs: number): Promise<number[]> {
  const { id, name } = SEED.progress;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await app.page.evaluate((clubId) => (location.hash = `#/vereine/${clubId}`), id);
    await app.club.expectOpen(name);
    times.push(
      await app.page.evaluate(
        (clubId) =>
          new Promise<number>((resolve) => {
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              // The comparison is the last part the page renders.
              if (!document.getElementById('compare-title')) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            location.hash = `#/vereine/${clubId}/fortschritt`;
          }),
        id,
      ),
    );
  }
  return times;
}

export function printProgress(times: number[]): void {
  console.log(
    `Progress page, club with 100 finished assessments of 60 criteria (${times.length} navigations, Chromium)`,
  );
  console.log(`  navigation to rendered page: ${p50p95(times)}   target < 100 ms`);
}
