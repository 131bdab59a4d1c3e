import type { Edition, RatingId } from './edition-schema';
import type { Answer, Assessment } from './entities';
import { isIsoDate } from './dates';

/** A key that names one edition exactly. */
export function editionKey(id: string, version: number): string {
  return `${id}@${version}`;
}

/** Newest first: by meeting date, then by when the assessment was started. */
export function sortAssessments(list: readonly Assessment[]): Assessment[] {
  return [...list].sort((a, b) =>
    a.date === b.date ? b.createdAt.localeCompare(a.createdAt) : b.date.localeCompare(a.date),
  );
}

/** The finished assessment a new one may start from: the newest finished one. */
export function findLatestFinished(list: readonly Assessment[]): Assessment | undefined {
  return sortAssessments(list.filter((a) => a.status === 'done'))[0];
}

/**
 * The ratings a new assessment starts from: the previous answers' lights, only
 * for criteria the new edition still has (ids keep their meaning). Notes and next
 * steps belong to their meeting and are not copied.
 */
export function carryRatings(previous: readonly Answer[], edition: Edition): Map<string, RatingId> {
  const known = new Set(edition.areas.flatMap((a) => a.criteria.map((c) => c.id)));
  const carried = new Map<string, RatingId>();
  for (const answer of previous) {
    if (answer.rating && known.has(answer.criterionId))
      carried.set(answer.criterionId, answer.rating);
  }
  return carried;
}

export type DateError = 'required' | 'invalid';

/** Checks the meeting date of an assessment. */
export function validateAssessmentDate(value: string): DateError | null {
  if (value.trim() === '') return 'required';
  return isIsoDate(value.trim()) ? null : 'invalid';
}

/** Makes a lookup from a list of answers, for the scoring functions. */
export function ratingLookup(
  answers: Iterable<Answer>,
): (criterionId: string) => RatingId | undefined {
  const byId = new Map<string, RatingId>();
  for (const a of answers) if (a.rating) byId.set(a.criterionId, a.rating);
  return (id) => byId.get(id);
}

/** A lookup over a snapshot record; only its own keys count, never Object's. */
export function snapshotLookup(
  ratings: Readonly<Record<string, RatingId>>,
): (criterionId: string) => RatingId | undefined {
  return (id) => (Object.hasOwn(ratings, id) ? ratings[id] : undefined);
}

/** The lights of an assessment as one record, for a finished assessment's snapshot. */
export function snapshotRatings(answers: Iterable<Answer>): Record<string, RatingId> {
  const ratings: Record<string, RatingId> = {};
  for (const a of answers) if (a.rating) ratings[a.criterionId] = a.rating;
  return ratings;
}
