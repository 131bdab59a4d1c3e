import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  prepareOfficeData,
  quartersBetween,
  summarise,
  summariseTrend,
} from '../../src/domain/aggregation';
import { UNKNOWN_AREA_ID } from '../../src/domain/office-catalogue';
import { makeEdition } from '../fixtures/editions';
import { makeFile, makeFiles } from '../fixtures/anonymous-files';

// Two editions of one Ampelbogen: version 2 drops a2, adds a3, and counts yellow as 0.6.
const v1 = makeEdition({ id: 'ni', version: 1, areas: [['a1', 'a2'], ['b1']] });
const v2 = makeEdition({ id: 'ni', version: 2, areas: [['a1', 'a3'], ['b1']], yellowValue: 0.6 });
const E1 = { id: 'ni', version: 1 };
const E2 = { id: 'ni', version: 2 };

const figure = (summary: ReturnType<typeof summarise>, id: string) =>
  summary.criteria.find((c) => c.id === id)!;
const area = (summary: ReturnType<typeof summarise>, id: string) =>
  summary.areas.find((a) => a.id === id)!;

describe('prepareOfficeData and summarise over mixed editions', () => {
  const files = [
    ...makeFiles(3, { edition: E1, ratings: { a1: 'green', a2: 'red', b1: 'na' } }),
    ...makeFiles(3, { edition: E2, ratings: { a1: 'yellow', a3: 'green' } }),
  ];
  const data = prepareOfficeData(files, [v1, v2], v2);
  const all = summarise(data, NO_FILTER);

  it('lists areas and criteria of both editions, combined by id, newest first', () => {
    expect(data.catalogue.areas.map((a) => a.id)).toEqual(['area-1', 'area-2']);
    expect(data.catalogue.criteria.map((c) => c.id)).toEqual(['a1', 'a3', 'a2', 'b1']);
    expect(data.missingEditions).toEqual([]);
  });

  it('counts a criterion over every file whose edition asks it', () => {
    expect(figure(all, 'a1')).toEqual({
      id: 'a1',
      asked: 6,
      notAsked: 0,
      counts: { green: 3, yellow: 3, red: 0, na: 0, unanswered: 0 },
      heldBack: false,
    });
  });

  it('counts a criterion an edition lacks as "nicht erfragt", not as unanswered', () => {
    expect(figure(all, 'a2')).toMatchObject({ asked: 3, notAsked: 3 });
    expect(figure(all, 'a2').counts).toMatchObject({ red: 3, unanswered: 0 });
    expect(figure(all, 'a3')).toMatchObject({ asked: 3, notAsked: 3 });
  });

  it('counts a criterion the edition asks but the file leaves out as unanswered', () => {
    expect(figure(all, 'b1')).toMatchObject({
      asked: 6,
      notAsked: 0,
      counts: { green: 0, yellow: 0, red: 0, na: 3, unanswered: 3 },
    });
  });

  it('averages each file’s area value, with the scale of the file’s edition', () => {
    // v1 files: a1 green (1), a2 red (0) → 0.5 each; v2 files: a1 yellow (0.6), a3 green (1) → 0.8.
    expect(area(all, 'area-1').value).toBeCloseTo((3 * 0.5 + 3 * 0.8) / 6);
    expect(area(all, 'area-1').lights).toEqual({ green: 3, yellow: 3, red: 0, none: 0 });
    // Only "trifft nicht zu" or nothing: asked, but no value.
    expect(area(all, 'area-2')).toMatchObject({
      asked: 6,
      value: null,
      lights: { green: 0, yellow: 0, red: 0, none: 6 },
    });
  });
});

describe('which statements lose answers to the rule on small numbers', () => {
  it('marks a statement whose answers within a group are too few to count', () => {
    const files = [
      // One quarter: 3 files of version 2 and 2 of version 1, so only 2 were asked a2.
      ...makeFiles(3, { edition: E2, period: '2026-Q1', ratings: { a1: 'red', a3: 'green' } }),
      ...makeFiles(2, { edition: E1, period: '2026-Q1', ratings: { a1: 'red', a2: 'red' } }),
      // Another quarter with 2 files only: left out as a whole, among the held-back files.
      ...makeFiles(2, { edition: E2, period: '2026-Q2', ratings: { a1: 'red', a3: 'red' } }),
    ];
    const summary = summarise(prepareOfficeData(files, [v1, v2], v2), NO_FILTER);
    // a2: its only 2 answers are held back, so no figure at all.
    expect(figure(summary, 'a2')).toMatchObject({ asked: 0, counts: null, heldBack: true });
    // a1 and b1: every answer of the first quarter counts.
    expect(figure(summary, 'a1')).toMatchObject({ asked: 5, heldBack: false });
    expect(figure(summary, 'a1').counts).toMatchObject({ red: 5 });
    expect(figure(summary, 'b1')).toMatchObject({ asked: 5, heldBack: false });
    // a3: 3 answers, a figure, nothing held back.
    expect(figure(summary, 'a3')).toMatchObject({ asked: 3, heldBack: false });
  });

  it('marks nothing when every group is large enough', () => {
    const files = makeFiles(3, { edition: E1, ratings: { a1: 'green', a2: 'red' } });
    const summary = summarise(prepareOfficeData(files, [v1], v1), NO_FILTER);
    expect(summary.criteria.map((c) => c.heldBack)).toEqual([false, false, false]);
  });
});

describe('files whose edition is not on the device', () => {
  const files = [
    ...makeFiles(3, { edition: { id: 'ni', version: 9 }, ratings: { a1: 'green', z9: 'red' } }),
    ...makeFiles(3, { edition: E1, ratings: { a1: 'red' } }),
  ];
  const data = prepareOfficeData(files, [v1], v1);
  const all = summarise(data, NO_FILTER);

  it('names the missing edition and how many files use it', () => {
    expect(data.missingEditions).toEqual([{ id: 'ni', version: 9, files: 3 }]);
  });

  it('still counts them by criterion id; unknown ids form their own group', () => {
    expect(figure(all, 'a1').counts).toMatchObject({ green: 3, red: 3 });
    const unknown = data.catalogue.areas.at(-1)!;
    expect(unknown).toMatchObject({ id: UNKNOWN_AREA_ID, title: null });
    expect(unknown.criteria).toEqual([{ id: 'z9', text: null }]);
    expect(figure(all, 'z9')).toMatchObject({ asked: 3, notAsked: 3 });
  });

  it('takes only rated criteria as asked and uses the reference scale', () => {
    // a2 is in v1 but the unknown edition's files do not rate it: not asked for them.
    expect(figure(all, 'a2')).toMatchObject({ asked: 3, notAsked: 3 });
    expect(area(all, 'area-1')).toMatchObject({ asked: 6, value: 0.5 });
  });
});

describe('filters', () => {
  const files = [
    ...makeFiles(3, { period: '2025-Q4', category: 'sport', ratings: { a1: 'green' } }),
    ...makeFiles(4, { period: '2026-Q1', category: 'kultur', ratings: { a1: 'red' } }),
    ...makeFiles(3, { period: '2026-Q3', category: 'sport', sizeBand: 'bis-20', ratings: {} }),
  ].map((f) => ({ ...f, edition: E1 }));
  const data = prepareOfficeData(files, [v1], v1);

  it('narrows by period, category and size band', () => {
    expect(summarise(data, NO_FILTER).files).toBe(10);
    expect(summarise(data, { ...NO_FILTER, from: '2026-Q1' }).files).toBe(7);
    expect(summarise(data, { ...NO_FILTER, to: '2025-Q4' }).files).toBe(3);
    expect(summarise(data, { ...NO_FILTER, category: 'kultur' }).criteria[0]!.counts).toEqual({
      green: 0,
      yellow: 0,
      red: 4,
      na: 0,
      unanswered: 0,
    });
    expect(summarise(data, { ...NO_FILTER, sizeBand: 'bis-20' }).files).toBe(3);
  });

  it('gives area values per quarter with empty quarters between, or per year', () => {
    const quarters = summariseTrend(data, NO_FILTER, 'quarter');
    expect(quarters.map((b) => [b.label, b.files])).toEqual([
      ['2025-Q4', 3],
      ['2026-Q1', 4],
      ['2026-Q2', 0],
      ['2026-Q3', 3],
    ]);
    expect(quarters[0]!.areas[0]!.value).toBe(1);
    expect(quarters[2]!.areas[0]!.lights).toBeNull();
    const years = summariseTrend(data, NO_FILTER, 'year');
    expect(years.map((b) => [b.label, b.files])).toEqual([
      ['2025', 3],
      ['2026', 7],
    ]);
  });

  it('lists the quarters between two quarters', () => {
    expect(quartersBetween('2025-Q3', '2026-Q2')).toEqual([
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
    ]);
  });
});

describe('what a file says about itself', () => {
  it('counts only the lights, never anything else in the file', () => {
    const files = makeFiles(3, { edition: E1, ratings: { a1: 'green' } });
    // A tampered object with an extra summary must not change any figure.
    const tampered = files.map((f) => ({ ...f, summary: { 'area-1': 'red' } }));
    const data = prepareOfficeData(tampered, [v1], v1);
    expect(summarise(data, NO_FILTER)).toEqual(
      summarise(prepareOfficeData(files, [v1], v1), NO_FILTER),
    );
    expect(makeFile({ ratings: {} }).club.category).toBe('sport');
  });
});
