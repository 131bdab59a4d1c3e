import type { Edition, RatingId } from './edition-schema';
import { RATING_IDS } from './vocabulary';

// A round at the meeting: several people rate the same statements on their
// own, the group sees where its lights differ and agrees on one. Only counts
// of lights are kept with the assessment (never who chose what); the single
// answers live on the moderator's device while the round is open, under
// random ids, and go when it ends.

/** One person's light for one statement; null where they left it open. */
export type RoundLight = RatingId | null;

/** How many people chose each light for one statement. */
export type Spread = Readonly<Record<RatingId, number>>;

/** What a participant's phone needs to take part: the join code's content. */
export interface RoundJoin {
  /** Random id of the round, 8 hex digits. */
  readonly round: string;
  readonly edition: { readonly id: string; readonly version: number };
  /** The edition's number of criteria, to catch a copy that differs. */
  readonly criteria: number;
  /** Positions (from 0, ascending) of the round's criteria in the edition's order. */
  readonly selected: readonly number[];
}

/** One participant's answers: the content of their answer code. */
export interface RoundAnswers {
  readonly round: string;
  /** Random id of the participant, 8 hex digits: a second scan replaces, never adds. */
  readonly participant: string;
  /** One light per statement of the round, in the round's order. */
  readonly ratings: readonly RoundLight[];
}

/**
 * A round while it is open, on the moderator's device: the statements and
 * each participant's lights under their random id, so that a second scan of
 * the same person replaces their answers. It goes when the round ends; the
 * counts stay with the assessment as its spread.
 */
export interface OpenRound {
  /** The round's random id, as in its codes. */
  readonly id: string;
  readonly assessmentId: string;
  /** The round's statements, in the edition's order. */
  readonly criterionIds: readonly string[];
  readonly startedAt: string;
  readonly participants: Readonly<Record<string, readonly RoundLight[]>>;
}

/** A random id of 8 hex digits from 4 random bytes. */
export function randomId(bytes: Uint8Array): string {
  if (bytes.length !== 4) throw new Error('A round or participant id takes 4 random bytes.');
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Every criterion id of an edition, in its order. */
export function criterionOrder(edition: Edition): string[] {
  return edition.areas.flatMap((area) => area.criteria.map((c) => c.id));
}

/** The join content of a round over `criterionIds` (any order; the edition's order wins). */
export function joinOf(edition: Edition, round: string, criterionIds: Iterable<string>): RoundJoin {
  const wanted = new Set(criterionIds);
  const order = criterionOrder(edition);
  const selected = order.flatMap((id, i) => (wanted.has(id) ? [i] : []));
  return {
    round,
    edition: { id: edition.id, version: edition.version },
    criteria: order.length,
    selected,
  };
}

/**
 * The criterion ids of a join in the round's order, read against the edition
 * the phone has; null when that edition's number of criteria differs from the
 * moderator's (another copy under the same id and version).
 */
export function criteriaOfJoin(edition: Edition, join: RoundJoin): string[] | null {
  const order = criterionOrder(edition);
  if (order.length !== join.criteria) return null;
  return join.selected.map((i) => order[i] as string);
}

/** No light chosen yet. */
export function emptySpread(): Record<RatingId, number> {
  return { green: 0, yellow: 0, red: 0, na: 0 };
}

/**
 * The spread of every statement of a round from its participants' lights
 * (each list in the round's order); statements nobody rated get an empty spread.
 */
export function spreadOf(
  criterionIds: readonly string[],
  participants: Iterable<readonly RoundLight[]>,
): Record<string, Spread> {
  const counts = criterionIds.map(() => emptySpread());
  for (const ratings of participants) {
    ratings.forEach((rating, i) => {
      const spread = counts[i];
      if (rating && spread) spread[rating] += 1;
    });
  }
  return Object.fromEntries(criterionIds.map((id, i) => [id, counts[i] as Spread]));
}

/** How many people chose a light for the statement. */
export function answersIn(spread: Spread): number {
  return RATING_IDS.reduce((n, id) => n + spread[id], 0);
}

/** The lights someone chose, in the scale's order. */
export function chosenLights(spread: Spread): RatingId[] {
  return RATING_IDS.filter((id) => spread[id] > 0);
}

/** The most chosen light, when exactly one light has the most votes. */
export function majorityOf(spread: Spread): RatingId | undefined {
  const top = Math.max(...RATING_IDS.map((id) => spread[id]));
  if (top === 0) return undefined;
  const leaders = RATING_IDS.filter((id) => spread[id] === top);
  return leaders.length === 1 ? leaders[0] : undefined;
}

/** Everyone who rated chose the same light (and at least one person rated). */
export function isUnanimous(spread: Spread): boolean {
  const n = answersIn(spread);
  return n > 0 && RATING_IDS.some((id) => spread[id] === n);
}

/**
 * How far the group is apart on a statement, as a pair compared in order:
 * first how many people did not choose the most chosen light, then whether
 * both green and red were chosen (the widest gap on the scale).
 */
export function disagreementOf(spread: Spread): readonly [number, number] {
  const n = answersIn(spread);
  const top = Math.max(...RATING_IDS.map((id) => spread[id]));
  return [n - top, spread.green > 0 && spread.red > 0 ? 1 : 0];
}

/**
 * Statements ordered by disagreement, most first ("Hier seht ihr es
 * verschieden"); equal ones keep their given (the edition's) order.
 */
export function byDisagreement<T extends { readonly spread: Spread }>(items: readonly T[]): T[] {
  return items
    .map((item, i) => ({ item, i, d: disagreementOf(item.spread) }))
    .sort((a, b) => b.d[0] - a.d[0] || b.d[1] - a.d[1] || a.i - b.i)
    .map(({ item }) => item);
}

/** A statement where the group is not of one mind. */
export function isDisputed(spread: Spread): boolean {
  return disagreementOf(spread)[0] > 0;
}

type Area = Edition['areas'][number];
type Criterion = Area['criteria'][number];

/** A statement with the spread a round left for it. */
export interface SpreadItem {
  readonly area: Area;
  readonly criterion: Criterion;
  readonly spread: Spread;
}

/**
 * The statements of an edition that have a spread, most disagreement first
 * (statements nobody rated come last: they have no disagreement).
 */
export function spreadItems(
  edition: Edition,
  spread: Readonly<Record<string, Spread>> | undefined,
): SpreadItem[] {
  if (!spread) return [];
  const items = edition.areas.flatMap((area) =>
    area.criteria.flatMap((criterion) => {
      const s = Object.hasOwn(spread, criterion.id) ? spread[criterion.id] : undefined;
      return s ? [{ area, criterion, spread: s }] : [];
    }),
  );
  const answered = items.filter((i) => answersIn(i.spread) > 0);
  return [...byDisagreement(answered), ...items.filter((i) => answersIn(i.spread) === 0)];
}
