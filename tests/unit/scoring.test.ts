import { describe, expect, it } from 'vitest';
import type { RatingId } from '../../src/domain/edition-schema';
import {
  countAnswered,
  lightForValue,
  summariseArea,
  summariseEdition,
} from '../../src/domain/scoring';
import { makeEdition } from '../fixtures/editions';

const edition = makeEdition({ areas: [['a-01', 'a-02', 'a-03', 'a-04']] });
const area = edition.areas[0]!;
const lookup = (ratings: Record<string, RatingId>) => (id: string) => ratings[id];

describe('summariseArea', () => {
  it('counts every light and the unanswered criteria', () => {
    const s = summariseArea(
      edition,
      area,
      lookup({ 'a-01': 'green', 'a-02': 'yellow', 'a-03': 'na' }),
    );
    expect(s.counts).toEqual({ green: 1, yellow: 1, red: 0, na: 1, unanswered: 1 });
  });

  it('ignores "trifft nicht zu" when computing the value and the light', () => {
    const s = summariseArea(
      edition,
      area,
      lookup({ 'a-01': 'green', 'a-02': 'na', 'a-03': 'na', 'a-04': 'na' }),
    );
    expect(s.value).toBe(1);
    expect(s.light).toBe('green');
  });

  it('gives yellow ½ and red 0', () => {
    const s = summariseArea(edition, area, lookup({ 'a-01': 'yellow', 'a-02': 'red' }));
    expect(s.value).toBe(0.25);
    expect(s.light).toBe('red');
  });

  it('has no light when nothing countable was answered', () => {
    expect(summariseArea(edition, area, lookup({})).light).toBeNull();
    expect(summariseArea(edition, area, lookup({ 'a-01': 'na' })).value).toBeNull();
  });

  it('uses the values the edition gives the ratings', () => {
    const harsh = makeEdition({ areas: [['a-01', 'a-02']], yellowValue: 0.25 });
    const s = summariseArea(harsh, harsh.areas[0]!, lookup({ 'a-01': 'yellow', 'a-02': 'yellow' }));
    expect(s.value).toBe(0.25);
  });
});

describe('lightForValue', () => {
  it('applies the thresholds inclusively at their lower bound', () => {
    expect(lightForValue(edition, 0.75)).toBe('green');
    expect(lightForValue(edition, 0.7499)).toBe('yellow');
    expect(lightForValue(edition, 0.4)).toBe('yellow');
    expect(lightForValue(edition, 0.3999)).toBe('red');
    expect(lightForValue(edition, 0)).toBe('red');
    expect(lightForValue(edition, null)).toBeNull();
  });

  it('follows thresholds from the edition', () => {
    const strict = makeEdition({ areas: [['a-01']], thresholds: { green: 1, yellow: 0.5 } });
    expect(lightForValue(strict, 0.9)).toBe('yellow');
    expect(lightForValue(strict, 1)).toBe('green');
  });
});

describe('summariseEdition and countAnswered', () => {
  const two = makeEdition({
    areas: [
      ['a-01', 'a-02'],
      ['b-01', 'b-02', 'b-03'],
    ],
  });

  it('returns one summary per area in the edition order', () => {
    const all = summariseEdition(two, lookup({ 'b-01': 'red' }));
    expect(all.map((s) => [s.areaId, s.light])).toEqual([
      ['area-1', null],
      ['area-2', 'red'],
    ]);
  });

  it('counts "trifft nicht zu" as answered', () => {
    expect(countAnswered(two.areas, lookup({ 'a-01': 'na', 'b-02': 'green' }))).toEqual({
      answered: 2,
      total: 5,
    });
  });
});
