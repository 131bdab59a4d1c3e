import type { Edition } from './edition-schema';
import { summariseArea, type AreaLight, type RatingLookup } from './scoring';

// How a group finds its way through an assessment at a meeting: which areas
// are done, which statement is the next open one, and what is still open when
// it wants to finish. A statement is open while it has no light, or while its
// light was carried over from the last assessment and not yet confirmed.

/** Where an area stands, as a task list shows it. */
export interface AreaState {
  index: number;
  areaId: string;
  title: string;
  /** Statements with a light the group gave or confirmed today. */
  done: number;
  /** Statements with a carried-over light not yet confirmed. */
  unconfirmed: number;
  total: number;
  status: 'not-started' | 'in-progress' | 'done';
  /** The area's light once anything countable is answered. */
  light: AreaLight;
}

/** What the meeting needs to know of each statement. */
export interface MeetingAnswers {
  ratingOf: RatingLookup;
  /** True for a light carried over and not yet confirmed. */
  isCarried: (criterionId: string) => boolean;
}

/** True while a statement still needs the group: no light, or an unconfirmed carried one. */
export function isOpen(answers: MeetingAnswers, criterionId: string): boolean {
  return answers.ratingOf(criterionId) === undefined || answers.isCarried(criterionId);
}

/** Every area with its state and light, in the edition's order. */
export function areaStates(edition: Edition, answers: MeetingAnswers): AreaState[] {
  return edition.areas.map((area, index) => {
    let done = 0;
    let unconfirmed = 0;
    for (const c of area.criteria) {
      if (answers.ratingOf(c.id) === undefined) continue;
      if (answers.isCarried(c.id)) unconfirmed += 1;
      else done += 1;
    }
    const total = area.criteria.length;
    return {
      index,
      areaId: area.id,
      title: area.title,
      done,
      unconfirmed,
      total,
      status: done === total ? 'done' : done === 0 ? 'not-started' : 'in-progress',
      light: summariseArea(edition, area, answers.ratingOf).light,
    };
  });
}

/** One open statement: its area's index and its id and text. */
export interface OpenStatement {
  areaIndex: number;
  criterionId: string;
  text: string;
  /** It has a light from last time that waits to be confirmed. */
  carried: boolean;
}

/** Every open statement in the edition's order. */
export function openStatements(edition: Edition, answers: MeetingAnswers): OpenStatement[] {
  return edition.areas.flatMap((area, areaIndex) =>
    area.criteria
      .filter((c) => isOpen(answers, c.id))
      .map((c) => ({
        areaIndex,
        criterionId: c.id,
        text: c.text,
        carried: answers.ratingOf(c.id) !== undefined,
      })),
  );
}

/**
 * The next open statement after a place (an area, and optionally a statement
 * in it), going round to the start; null when nothing is open. The statement
 * at the place itself comes last, so "next" always moves on if it can.
 */
export function nextOpen(
  edition: Edition,
  answers: MeetingAnswers,
  from: { areaIndex: number; criterionId?: string },
): OpenStatement | null {
  const open = openStatements(edition, answers);
  if (open.length === 0) return null;
  const order = edition.areas.flatMap((area, areaIndex) =>
    area.criteria.map((c) => ({ areaIndex, id: c.id })),
  );
  const position = (s: { areaIndex: number; id: string }) => order.findIndex((o) => o.id === s.id);
  const start =
    from.criterionId !== undefined
      ? position({ areaIndex: from.areaIndex, id: from.criterionId })
      : order.findIndex((o) => o.areaIndex === from.areaIndex) - 1;
  const after = open.find((s) => position({ ...s, id: s.criterionId }) > start);
  return after ?? open[0] ?? null;
}
