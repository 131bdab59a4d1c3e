// The few statistics the figures are printed with.

/** The q-quantile (0..1) of the values, linearly interpolated. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = (sorted.length - 1) * q;
  const lo = Math.floor(i);
  const low = sorted[lo] ?? NaN;
  const high = sorted[Math.ceil(i)] ?? NaN;
  return low + (high - low) * (i - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** "p50 1.2 ms, p95 3.4 ms" with the given number of decimals. */
export function p50p95(values: readonly number[], digits = 1): string {
  return `p50 ${median(values).toFixed(digits)} ms, p95 ${quantile(values, 0.95).toFixed(digits)} ms`;
}
