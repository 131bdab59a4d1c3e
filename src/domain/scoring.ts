import type { Area, Edition, RatingId } from './edition-schema';

/** The light of an area: a rating colour, or null when nothing countable was answered. */
export type AreaLight = Exclude<RatingId, 'na'> | null;

export interface RatingCounts {
  green: number;
  yellow: number;
  red: number;
  na: number;
  unanswered: number;
}

/** One area's result: counts per light, the mean value and the light it earns. */
export interface AreaSummary {
  areaId: string;
  counts: RatingCounts;
  /** Mean of the rated criteria (green 1, yellow ½, red 0 by default); null if none. */
  value: number | null;
  light: AreaLight;
}

/** Anything that gives a criterion's rating: an answer map from storage or an export. */
export type RatingLookup = (criterionId: string) => RatingId | undefined;

/** The value an edition gives a rating; null for "trifft nicht zu". */
export function valueOfRating(edition: Edition, rating: RatingId): number | null {
  const found = edition.scale.ratings.find((r) => r.id === rating);
  return found ? found.value : null;
}

/** Maps an area value onto a light using the edition's thresholds. */
export function lightForValue(edition: Edition, value: number | null): AreaLight {
  if (value === null) return null;
  const { green, yellow } = edition.scale.thresholds;
  if (value >= green) return 'green';
  if (value >= yellow) return 'yellow';
  return 'red';
}

/** Counts and scores one area; "trifft nicht zu" and unanswered criteria do not count. */
export function summariseArea(edition: Edition, area: Area, ratingOf: RatingLookup): AreaSummary {
  const counts: RatingCounts = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };
  let sum = 0;
  let rated = 0;
  for (const criterion of area.criteria) {
    const rating = ratingOf(criterion.id);
    if (rating === undefined) {
      counts.unanswered += 1;
      continue;
    }
    counts[rating] += 1;
    const value = valueOfRating(edition, rating);
    if (value !== null) {
      sum += value;
      rated += 1;
    }
  }
  const value = rated === 0 ? null : sum / rated;
  return { areaId: area.id, counts, value, light: lightForValue(edition, value) };
}

/** Summaries of every area of an edition, in the edition's order. */
export function summariseEdition(edition: Edition, ratingOf: RatingLookup): AreaSummary[] {
  return edition.areas.map((area) => summariseArea(edition, area, ratingOf));
}

/** How many criteria of the given areas have any rating, "trifft nicht zu" included. */
export function countAnswered(
  areas: readonly Area[],
  ratingOf: RatingLookup,
): { answered: number; total: number } {
  let answered = 0;
  let total = 0;
  for (const area of areas) {
    for (const criterion of area.criteria) {
      total += 1;
      if (ratingOf(criterion.id) !== undefined) answered += 1;
    }
  }
  return { answered, total };
}
