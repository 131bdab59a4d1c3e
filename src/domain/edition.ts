import type { Criterion, Edition, RatingId } from './edition-schema';

/** Number of criteria in an edition. */
export function countCriteria(edition: Edition): number {
  return edition.areas.reduce((n, area) => n + area.criteria.length, 0);
}

/** Deep equality of two plain JSON values, key order ignored. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.hasOwn(b, k) &&
      sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** The edition new assessments should use: the highest version of the chosen id. */
export function pickNewest<T extends { id: string; version: number }>(
  list: readonly T[],
  id?: string,
): T | undefined {
  return list
    .filter((e) => id === undefined || e.id === id)
    .reduce<T | undefined>((best, e) => (!best || e.version > best.version ? e : best), undefined);
}

/**
 * A criterion's ideas for a first step: none where the edition gives none,
 * and never in a format 1 edition, whose criteria have no such field.
 */
export function ideasOf(criterion: Criterion): readonly string[] {
  return 'ideas' in criterion ? (criterion.ideas ?? []) : [];
}

/** The Integrationsbüro as an edition names it; only format 3 may add a file-drop link. */
export type Office = NonNullable<Edition['office']> & { dropUrl?: string };

/** The edition's office, with its file-drop link where its format has one. */
export function officeOf(edition: Edition): Office | undefined {
  return edition.office;
}

/** The edition's word for each light ("läuft gut" …), as the lights' labels. */
export function lightLabels(edition: Edition): Partial<Record<RatingId, string>> {
  return Object.fromEntries(edition.scale.ratings.map((r) => [r.id, r.label]));
}
