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

/** The notes of an assessment as one record, for a finished assessment's row (none empty). */
export function snapshotNotes(answers: Iterable<Answer>): Record<string, string> {
  const notes: Record<string, string> = {};
  for (const a of answers) if (a.note) notes[a.criterionId] = a.note;
  return notes;
}

/**
 * An assessment with its answers folded into its row, as a finished one keeps
 * them: `ratings` and `notes` (left out when there is none) made from the
 * answer rows, which the caller then removes.
 */
export function foldAnswers(assessment: Assessment, rows: readonly Answer[]): Assessment {
  const { notes: _old, unconfirmed: _was, ...rest } = assessment;
  const notes = snapshotNotes(rows);
  const unconfirmed = unconfirmedOf(rows);
  return {
    ...rest,
    ratings: snapshotRatings(rows),
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
    ...(unconfirmed.length > 0 ? { unconfirmed } : {}),
  };
}

/** The criteria whose carried-over light the group has not confirmed, in a stable order. */
export function unconfirmedOf(answers: Iterable<Answer>): string[] {
  const ids: string[] = [];
  for (const a of answers) if (a.carried && a.rating) ids.push(a.criterionId);
  return ids.sort();
}

/**
 * The answers of an assessment, the one way to read them: a finished
 * assessment keeps them in its row (`ratings` and `notes`), each stamped with
 * the time it was finished; a draft has its answer rows. Reopening writes
 * exactly these rows back. A finished assessment has no rows (finishing, the
 * v5 upgrade and the restore fold them in), so `rows` counts only for a draft.
 */
export function answersOf(assessment: Assessment, rows: readonly Answer[]): Answer[] {
  if (assessment.status !== 'done') return [...rows];
  const updatedAt = assessment.finishedAt ?? assessment.updatedAt;
  const ratings = assessment.ratings ?? {};
  const notes = assessment.notes ?? {};
  const carried = new Set(assessment.unconfirmed ?? []);
  const ids = new Set([...Object.keys(ratings), ...Object.keys(notes)]);
  return [...ids].map((criterionId) => {
    const rating = Object.hasOwn(ratings, criterionId) ? ratings[criterionId] : undefined;
    const note = Object.hasOwn(notes, criterionId) ? notes[criterionId] : undefined;
    return {
      assessmentId: assessment.id,
      criterionId,
      ...(rating !== undefined ? { rating } : {}),
      ...(note !== undefined ? { note } : {}),
      ...(rating !== undefined && carried.has(criterionId) ? { carried: true as const } : {}),
      updatedAt,
    };
  });
}
