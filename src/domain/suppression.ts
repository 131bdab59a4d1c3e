// Small numbers are held back so that no figure, and no difference between two
// figures, rests on fewer than 3 files (PRODUCT.md: "never a breakdown for
// fewer than 3 files").
//
// The rule is safe against differencing by construction. Files are grouped in
// cells by (quarter, category, size band); every filter and every time bucket
// selects whole cells. A cell with 1 or 2 files is left out of every figure.
// Within a kept cell, a criterion (or area) that only 1 or 2 of its files were
// asked is left out of that criterion's (area's) figure. So every figure is a
// sum of parts with 0 or at least 3 files, and so is the difference between any
// two figures: whatever an attacker subtracts, the rest covers 0 or ≥ 3 files.

/** The fewest files any shown figure may rest on. */
export const MIN_FILES = 3;

/** True when a group of n files may enter a figure: none, or at least MIN_FILES. */
export function mayContribute(n: number): boolean {
  return n === 0 || n >= MIN_FILES;
}

/** True when a figure resting on n files may be shown. */
export function mayShow(n: number): boolean {
  return n >= MIN_FILES;
}

/** How many files are held back because their cell has 1 or 2 files. */
export function countHeldBack(cellSizes: Iterable<number>): number {
  let held = 0;
  for (const n of cellSizes) if (!mayContribute(n)) held += n;
  return held;
}
