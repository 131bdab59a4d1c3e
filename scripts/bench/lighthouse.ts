import { execFileSync } from 'node:child_process';
import { CHROMIUM, FLAGS } from './browser';
import { median } from './stats';

// Lighthouse (mobile defaults, simulated throttling) on the app and on the
// empty page of the same stack, run in interleaved pairs (app, empty, app,
// empty, …) so that a slow moment of the machine hits both alike; the figure
// is the median of the pairs' LCP differences.

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcp: number;
  fcp: number;
  /** What Chromium saw, before the simulation: first paint and LCP in ms. */
  observedFcp: number;
  observedLcp: number;
  lcpElement: string;
}

interface LighthouseReport {
  categories: Record<'performance' | 'accessibility' | 'best-practices', { score: number }>;
  audits: {
    'largest-contentful-paint': { numericValue: number };
    'first-contentful-paint': { numericValue: number };
    metrics: {
      details: {
        items: { observedFirstContentfulPaint: number; observedLargestContentfulPaint: number }[];
      };
    };
    'largest-contentful-paint-element'?: {
      details?: { items?: { items?: { node?: { snippet?: string } }[] }[] };
    };
  };
}

// The browser speaks German, as the town's phones mostly do: the start screen
// is prerendered in German. In another language the app waits for its script
// before it shows (index.html), so its LCP follows the script there.
function lighthouse(url: string): Run {
  const out = execFileSync(
    'npx',
    [
      'lighthouse',
      url,
      '--quiet',
      '--output=json',
      '--only-categories=performance,accessibility,best-practices',
      `--chrome-flags=--headless=new --lang=de-DE --accept-lang=de-DE ${FLAGS.join(' ')}`,
    ],
    {
      env: { ...process.env, CHROME_PATH: CHROMIUM, LANGUAGE: 'de', LANG: 'de_DE.UTF-8' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const lhr = JSON.parse(out.toString()) as LighthouseReport;
  const observed = lhr.audits.metrics.details.items[0];
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    observedFcp: observed?.observedFirstContentfulPaint ?? NaN,
    observedLcp: observed?.observedLargestContentfulPaint ?? NaN,
    lcpElement:
      lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.snippet ?? '?',
  };
}

export interface LighthousePairs {
  app: Run[];
  empty: Run[];
}

/** pairs runs of Lighthouse, app then empty page each time. */
export function measureLighthouse(
  appUrl: string,
  emptyUrl: string,
  pairs: number,
): LighthousePairs {
  const app: Run[] = [];
  const empty: Run[] = [];
  for (let i = 0; i < pairs; i += 1) {
    app.push(lighthouse(appUrl));
    empty.push(lighthouse(emptyUrl));
  }
  return { app, empty };
}

export function printLighthouse({ app, empty }: LighthousePairs): void {
  const summary = (runs: Run[]) =>
    `performance ${median(runs.map((r) => r.performance))}, accessibility ${median(runs.map((r) => r.accessibility))}, best practices ${median(runs.map((r) => r.bestPractices))}, LCP ${Math.round(median(runs.map((r) => r.lcp)))} ms`;
  const differences = app.map((a, i) => a.lcp - (empty[i]?.lcp ?? NaN));
  console.log(
    `Lighthouse, mobile defaults, ${app.length} interleaved pairs (app, empty page), medians`,
  );
  console.log(`  app:        ${summary(app)}`);
  console.log(`  empty page: ${summary(empty)}`);
  app.forEach((a, i) =>
    console.log(
      `  pair ${i + 1}: LCP app ${Math.round(a.lcp)} ms (FCP ${Math.round(a.fcp)}; observed FCP ${Math.round(a.observedFcp)}, LCP ${Math.round(a.observedLcp)}, ${a.lcpElement}), empty ${Math.round(empty[i]?.lcp ?? NaN)} ms, difference ${Math.round(differences[i] ?? NaN)} ms`,
    ),
  );
  console.log(
    `  LCP difference, app − empty page, median of the pairs: ${Math.round(median(differences))} ms   target: 100 / 100 / 100, LCP difference <= +100 ms`,
  );
}
