import type { Answer } from './entities';
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
}

/** Splits a draft's answers into those that move to `to` and those that cannot. */
export function planMove(answers: readonly Answer[], from: Edition, to: Edition): MovePlan {
  const target = new Set(to.areas.flatMap((a) => a.criteria.map((c) => c.id)));
  const texts = new Map(from.areas.flatMap((a) => a.criteria.map((c) => [c.id, c.text] as const)));
  const carried: Answer[] = [];
  const dropped: DroppedAnswer[] = [];
  for (const answer of answers) {
    if (target.has(answer.criterionId)) carried.push(answer);
    else if (answer.rating !== undefined || (answer.note ?? '').trim() !== '')
      dropped.push({ answer, text: texts.get(answer.criterionId) ?? answer.criterionId });
  }
  return { carried, dropped };
}
