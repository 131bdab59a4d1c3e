import { tf } from '../../locale';

// One way of writing a period on both sides: a quarter reads as the clubs see
// it when they send their file ("1. Quartal 2026"), through the very function
// their export screen uses. The machine form "2026-Q1" stays in the data, in
// option values and in file names.

const QUARTER = /^\d{4}-Q[1-4]$/;

/** A quarter ("2026-Q1") or a year ("2026") in the active language's words. */
export function periodLabel(period: string): string {
  return QUARTER.test(period) ? tf().share.anonymous.quarterShort(period) : period;
}
