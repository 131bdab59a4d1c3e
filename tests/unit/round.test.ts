import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answersIn,
  byDisagreement,
  criteriaOfJoin,
  criterionOrder,
  disagreementOf,
  isDisputed,
  isUnanimous,
  joinOf,
  majorityOf,
  spreadOf,
  type RoundLight,
  type Spread,
} from '../../src/domain/round';
import { RATING_IDS } from '../../src/domain/vocabulary';
import shippedJson from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { editionSchema, type Edition } from '../../src/domain/edition-schema';

const shipped: Edition = editionSchema.parse(shippedJson);

const spread = (green: number, yellow: number, red: number, na = 0): Spread => ({
  green,
  yellow,
  red,
  na,
});

describe('the spread of a round', () => {
  it('counts each light per statement, leaving out what someone left open', () => {
    const people: RoundLight[][] = [
      ['green', 'red', null],
      ['green', 'yellow', 'na'],
      ['yellow', 'red', null],
    ];
    expect(spreadOf(['a', 'b', 'c'], people)).toEqual({
      a: spread(2, 1, 0),
      b: spread(0, 1, 2),
      c: spread(0, 0, 0, 1),
    });
  });

  it('counts every person who chose a light, and no one else', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }).chain((n) =>
          fc
            .array(fc.array(fc.constantFrom(null, ...RATING_IDS), { minLength: n, maxLength: n }), {
              maxLength: 30,
            })
            .map((people) => ({ n, people })),
        ),
        ({ n, people }) => {
          const ids = Array.from({ length: n }, (_, i) => `k-${i}`);
          const result = spreadOf(ids, people);
          ids.forEach((id, i) => {
            const chose = people.filter((p) => p[i] !== null).length;
            expect(answersIn(result[id] as Spread)).toBe(chose);
          });
        },
      ),
    );
  });

  it('finds a majority only where one light leads', () => {
    expect(majorityOf(spread(2, 1, 0))).toBe('green');
    expect(majorityOf(spread(1, 1, 0))).toBeUndefined();
    expect(majorityOf(spread(0, 0, 0))).toBeUndefined();
    expect(isUnanimous(spread(0, 3, 0))).toBe(true);
    expect(isUnanimous(spread(0, 0, 0))).toBe(false);
    expect(isDisputed(spread(0, 3, 0))).toBe(false);
    expect(isDisputed(spread(1, 2, 0))).toBe(true);
  });
});

describe('most disagreement first', () => {
  it('orders by people outside the most chosen light, then by green against red', () => {
    const items = [
      { id: 'one-mind', spread: spread(3, 0, 0) },
      { id: 'two-near', spread: spread(2, 2, 0) },
      { id: 'two-far', spread: spread(2, 0, 2) },
      { id: 'three-ways', spread: spread(1, 1, 1) },
      { id: 'one-off', spread: spread(3, 1, 0) },
    ];
    expect(byDisagreement(items).map((i) => i.id)).toEqual([
      'two-far',
      'three-ways',
      'two-near',
      'one-off',
      'one-mind',
    ]);
  });

  it('keeps the given order among equals, and never puts a less disputed one first', () => {
    const spreadArb = fc
      .tuple(fc.nat(5), fc.nat(5), fc.nat(5), fc.nat(5))
      .map(([g, y, r, n]) => spread(g, y, r, n));
    fc.assert(
      fc.property(fc.array(spreadArb, { maxLength: 30 }), (spreads) => {
        const items = spreads.map((s, i) => ({ i, spread: s }));
        const ordered = byDisagreement(items);
        for (let k = 1; k < ordered.length; k++) {
          const [a, b] = [ordered[k - 1]!, ordered[k]!];
          const [da, db] = [disagreementOf(a.spread), disagreementOf(b.spread)];
          const before = da[0] > db[0] || (da[0] === db[0] && da[1] >= db[1]);
          expect(before).toBe(true);
          if (da[0] === db[0] && da[1] === db[1]) expect(a.i).toBeLessThan(b.i);
        }
      }),
    );
  });
});

describe('joining a round', () => {
  it('names the chosen criteria by position and reads them back in the edition order', () => {
    const edition = shipped;
    const order = criterionOrder(edition);
    const chosen = [order[7]!, order[0]!, order[49]!];
    const join = joinOf(edition, 'abcdef01', chosen);
    expect(join.selected).toEqual([0, 7, 49]);
    expect(join.criteria).toBe(50);
    expect(criteriaOfJoin(edition, join)).toEqual([order[0], order[7], order[49]]);
  });

  it('refuses a join made with another copy of the edition', () => {
    const edition = shipped;
    const join = joinOf(edition, 'abcdef01', criterionOrder(edition));
    expect(criteriaOfJoin(edition, { ...join, criteria: 49 })).toBeNull();
  });
});
