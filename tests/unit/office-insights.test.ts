import { describe, expect, it } from 'vitest';
import { NO_FILTER, prepareOfficeData, summarise } from '../../src/domain/aggregation';
import { heldBackGroups, narrowing, rankSupportNeeds } from '../../src/domain/office-insights';
import { makeEdition } from '../fixtures/editions';
import { makeFile, makeFiles } from '../fixtures/anonymous-files';

const edition = makeEdition({
  id: 'ni',
  version: 1,
  areas: [
    ['a1', 'a2', 'a3'],
    ['b1', 'b2'],
  ],
});
// Version 2 no longer asks a2.
const v2 = makeEdition({
  id: 'ni',
  version: 2,
  areas: [
    ['a1', 'a3'],
    ['b1', 'b2'],
  ],
});
const E = { id: 'ni', version: 1 };
const E2 = { id: 'ni', version: 2 };

describe('rankSupportNeeds', () => {
  it('ranks statements by their share of red and yellow, most first', () => {
    const files = [
      // a1: 1 of 4 red (25 %); a2: 4 of 4 yellow or red (100 %); b1: 2 of 4 (50 %); a3 and b2: none.
      makeFile({ edition: E, ratings: { a1: 'red', a2: 'red', a3: 'green', b1: 'yellow' } }),
      makeFile({ edition: E, ratings: { a1: 'green', a2: 'yellow', a3: 'green', b1: 'red' } }),
      makeFile({ edition: E, ratings: { a1: 'green', a2: 'yellow', a3: 'na', b1: 'green' } }),
      makeFile({ edition: E, ratings: { a1: 'green', a2: 'red', a3: 'green', b1: 'green' } }),
    ];
    const data = prepareOfficeData(files, [edition], edition);
    const ranking = rankSupportNeeds(data, summarise(data, NO_FILTER));
    expect(ranking.map((n) => n.id)).toEqual(['a2', 'b1', 'a1']);
    expect(ranking[0]).toEqual({ id: 'a2', criterion: 1, area: 0, asked: 4, red: 2, yellow: 2 });
    expect(ranking[1]).toMatchObject({ id: 'b1', area: 1, asked: 4, red: 1, yellow: 1 });
  });

  it('puts the larger share of red first on a tie, then keeps the catalogue order', () => {
    const files = [
      // a1, a2, b1 and b2 each 2 of 4 red or yellow; a2 and b2 have 2 red, a1 and b1 1 red.
      ...makeFiles(2, {
        edition: E,
        ratings: { a1: 'green', a2: 'green', b1: 'green', b2: 'green' },
      }),
      makeFile({ edition: E, ratings: { a1: 'red', a2: 'red', b1: 'yellow', b2: 'red' } }),
      makeFile({ edition: E, ratings: { a1: 'yellow', a2: 'red', b1: 'red', b2: 'red' } }),
    ];
    const data = prepareOfficeData(files, [edition], edition);
    const ranking = rankSupportNeeds(data, summarise(data, NO_FILTER));
    expect(ranking.map((n) => n.id)).toEqual(['a2', 'b2', 'a1', 'b1']);
  });

  it('compares shares of different bases exactly: 2 of 6 ties with 1 of 3', () => {
    const files = [
      // a2 is asked only by the 3 files of version 1: 1 red of 3.
      makeFile({ edition: E, ratings: { a1: 'red', a2: 'red', b1: 'red' } }),
      ...makeFiles(2, { edition: E, ratings: { a1: 'green', a2: 'green', b1: 'green' } }),
      // a1 and b1 are asked by all 6: a1 1 red and 1 yellow, b1 2 red.
      makeFile({ edition: E2, ratings: { a1: 'yellow', b1: 'red' } }),
      ...makeFiles(2, { edition: E2, ratings: { a1: 'green', b1: 'green' } }),
    ];
    const data = prepareOfficeData(files, [edition, v2], v2);
    const ranking = rankSupportNeeds(data, summarise(data, NO_FILTER));
    // Every share is a third; a2 and b1 are a third red (catalogue order decides), a1 a sixth.
    expect(ranking.map((n) => [n.id, n.asked])).toEqual([
      ['a2', 3],
      ['b1', 6],
      ['a1', 6],
    ]);
  });

  it('leaves out statements whose figure is held back, and held-back groups of files', () => {
    const files = [
      ...makeFiles(3, { edition: E2, ratings: { a1: 'green', b1: 'yellow' } }),
      // Only 2 files of this group are asked a2: its figure rests on too few and is held back.
      ...makeFiles(2, { edition: E, ratings: { a1: 'green', a2: 'red', b1: 'yellow' } }),
      // A group of 2 files (another quarter): never in a figure, so never in the ranking.
      ...makeFiles(2, { edition: E2, period: '2026-Q2', ratings: { a3: 'red', b2: 'red' } }),
    ];
    const data = prepareOfficeData(files, [edition, v2], v2);
    const summary = summarise(data, NO_FILTER);
    expect(summary.criteria.find((c) => c.id === 'a2')?.counts).toBeNull();
    const ranking = rankSupportNeeds(data, summary);
    expect(ranking.map((n) => n.id)).toEqual(['b1']);
    expect(ranking[0]).toMatchObject({ asked: 5, yellow: 5, red: 0 });
  });

  it('is empty when nothing is shown', () => {
    const data = prepareOfficeData(
      makeFiles(2, { edition: E, ratings: { a1: 'red' } }),
      [edition],
      edition,
    );
    expect(rankSupportNeeds(data, summarise(data, NO_FILTER))).toEqual([]);
  });
});

describe('heldBackGroups', () => {
  const files = [
    ...makeFiles(3, { edition: E, period: '2026-Q1', ratings: { a1: 'green' } }),
    makeFile({ edition: E, period: '2026-Q2', category: 'sport', sizeBand: 'bis-20', ratings: {} }),
    ...makeFiles(2, {
      edition: E,
      period: '2026-Q1',
      category: 'kultur',
      sizeBand: 'bis-20',
      ratings: { a1: 'red' },
    }),
    makeFile({ edition: E, period: '2025-Q4', category: 'sport', sizeBand: 'bis-20', ratings: {} }),
  ];
  const data = prepareOfficeData(files, [edition], edition);

  it('names every group of 1 or 2 files, oldest quarter first, with its count', () => {
    expect(heldBackGroups(data, NO_FILTER)).toEqual([
      { period: '2025-Q4', category: 'sport', sizeBand: 'bis-20', files: 1 },
      { period: '2026-Q1', category: 'kultur', sizeBand: 'bis-20', files: 2 },
      { period: '2026-Q2', category: 'sport', sizeBand: 'bis-20', files: 1 },
    ]);
    expect(heldBackGroups(data, NO_FILTER).reduce((n, g) => n + g.files, 0)).toBe(data.heldBack);
  });

  it('names only the groups inside the filter', () => {
    expect(heldBackGroups(data, { ...NO_FILTER, from: '2026-Q1' })).toEqual([
      { period: '2026-Q1', category: 'kultur', sizeBand: 'bis-20', files: 2 },
      { period: '2026-Q2', category: 'sport', sizeBand: 'bis-20', files: 1 },
    ]);
    expect(heldBackGroups(data, { ...NO_FILTER, category: 'bildung' })).toEqual([]);
  });

  it('is empty when every group has 3 files or more', () => {
    const full = prepareOfficeData(
      makeFiles(3, { edition: E, ratings: { a1: 'green' } }),
      [edition],
      edition,
    );
    expect(heldBackGroups(full, NO_FILTER)).toEqual([]);
  });
});

describe('narrowing', () => {
  const data = prepareOfficeData(
    [
      ...makeFiles(3, { edition: E, period: '2026-Q1', ratings: {} }),
      ...makeFiles(3, { edition: E, period: '2026-Q3', ratings: {} }),
    ],
    [edition],
    edition,
  );
  const none = { period: false, category: false, sizeBand: false };

  it('finds nothing narrowed when the filter selects every file, even with the full period chosen', () => {
    expect(narrowing(data, NO_FILTER)).toEqual(none);
    expect(narrowing(data, { ...NO_FILTER, from: '2026-Q1', to: '2026-Q3' })).toEqual(none);
  });

  it('names what narrows: a shorter period, a category, a size band', () => {
    expect(narrowing(data, { ...NO_FILTER, from: '2026-Q2' })).toEqual({ ...none, period: true });
    expect(narrowing(data, { ...NO_FILTER, to: '2026-Q1' })).toEqual({ ...none, period: true });
    expect(narrowing(data, { ...NO_FILTER, category: 'sport', sizeBand: 'bis-20' })).toEqual({
      period: false,
      category: true,
      sizeBand: true,
    });
  });
});
