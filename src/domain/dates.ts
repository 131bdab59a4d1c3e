// Calendar dates are kept as ISO strings (YYYY-MM-DD) in the user's local time:
// an assessment belongs to the day of the meeting, not to a UTC instant.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (y < 1900 || y > 2999) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The local calendar date of an instant as YYYY-MM-DD. */
export function toIsoDate(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** True when ISO dates fall in more than one calendar year, so a short label needs the year. */
export function spansYears(isoDates: readonly string[]): boolean {
  return new Set(isoDates.map((d) => d.slice(0, 4))).size > 1;
}
