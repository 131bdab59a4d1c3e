import type { Answer, Measure } from './entities';
import type { Edition } from './edition-schema';

// Moving a draft to another edition: answers of criteria whose id the target
// edition has go along (ids keep their meaning); the others are listed to the
// user before anything moves, so nothing is lost silently.

export interface DroppedAnswer {
  answer: Answer;
  /** The criterion's text in the draft's own edition. */
  text: string;
}

export interface MovePlan {
  carried: Answer[];
  /** Answers with a light or a note whose criterion the target edition lacks. */
  dropped: DroppedAnswer[];
  /**
   * Next steps written in this draft for criteria the target edition lacks:
   * they stay in the club's list but no longer belong to a statement.
   */
  detached: { measure: Measure; text: string }[];
}

/**
 * Splits a draft's answers into those that move to `to` and those that cannot,
 * and names the draft's next steps whose statement `to` lacks.
 */
export function planMove(
  answers: readonly Answer[],
  from: Edition,
  to: Edition,
  measures: readonly Measure[] = [],
): MovePlan {
  const target = new Set(to.areas.flatMap((a) => a.criteria.map((c) => c.id)));
  const texts = new Map(from.areas.flatMap((a) => a.criteria.map((c) => [c.id, c.text] as const)));
  const carried: Answer[] = [];
  const dropped: DroppedAnswer[] = [];
  for (const answer of answers) {
    if (target.has(answer.criterionId)) carried.push(answer);
    else if (answer.rating !== undefined || (answer.note ?? '').trim() !== '')
      dropped.push({ answer, text: texts.get(answer.criterionId) ?? answer.criterionId });
  }
  const detached = measures
    .filter((m) => !target.has(m.criterionId))
    .map((measure) => ({ measure, text: texts.get(measure.criterionId) ?? measure.criterionId }));
  return { carried, dropped, detached };
}
