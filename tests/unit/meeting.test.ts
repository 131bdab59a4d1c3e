import { describe, expect, it } from 'vitest';
import type { RatingId } from '../../src/domain/edition-schema';
import {
  areaStates,
  nextOpen,
  openStatements,
  type MeetingAnswers,
} from '../../src/domain/meeting';
import { makeEdition } from '../fixtures/editions';

const edition = makeEdition({
  areas: [
    ['a-01', 'a-02', 'a-03'],
    ['b-01', 'b-02'],
    ['c-01', 'c-02'],
  ],
});

function answers(
  ratings: Record<string, RatingId>,
  carried: readonly string[] = [],
): MeetingAnswers {
  return {
    ratingOf: (id) => ratings[id],
    isCarried: (id) => carried.includes(id) && ratings[id] !== undefined,
  };
}

describe('areaStates', () => {
  it('says per area whether it is not started, in progress or done, with its light', () => {
    const states = areaStates(
      edition,
      answers({ 'a-01': 'green', 'a-02': 'green', 'a-03': 'na', 'b-01': 'red' }),
    );
    expect(states.map((s) => [s.status, s.done, s.total, s.light])).toEqual([
      ['done', 3, 3, 'green'],
      ['in-progress', 1, 2, 'red'],
      ['not-started', 0, 2, null],
    ]);
  });

  it('does not count a carried light as done until it is confirmed', () => {
    const states = areaStates(edition, answers({ 'b-01': 'red', 'b-02': 'green' }, ['b-02']));
    expect(states[1]).toMatchObject({ done: 1, unconfirmed: 1, status: 'in-progress' });
    expect(states[1]!.light).toBe('yellow');
  });
});

describe('openStatements and nextOpen', () => {
  const state = answers({ 'a-01': 'green', 'a-03': 'red', 'b-02': 'yellow', 'c-01': 'na' }, [
    'c-01',
  ]);

  it('lists unanswered and unconfirmed statements in order', () => {
    expect(openStatements(edition, state).map((s) => [s.criterionId, s.carried])).toEqual([
      ['a-02', false],
      ['b-01', false],
      ['c-01', true],
      ['c-02', false],
    ]);
  });

  it('moves on from a statement to the next open one, across areas, and round to the start', () => {
    const next = (areaIndex: number, criterionId?: string) =>
      nextOpen(edition, state, { areaIndex, criterionId })?.criterionId;
    expect(next(0)).toBe('a-02');
    expect(next(0, 'a-02')).toBe('b-01');
    expect(next(1)).toBe('b-01');
    expect(next(1, 'b-01')).toBe('c-01');
    expect(next(2, 'c-02')).toBe('a-02');
    expect(next(2)).toBe('c-01');
  });

  it('is null when nothing is open', () => {
    const all = Object.fromEntries(
      edition.areas.flatMap((a) => a.criteria.map((c) => [c.id, 'green' as const])),
    );
    expect(nextOpen(edition, answers(all), { areaIndex: 1 })).toBeNull();
    expect(openStatements(edition, answers(all))).toEqual([]);
  });
});
