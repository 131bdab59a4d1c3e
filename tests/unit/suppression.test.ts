import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_FILTER,
  prepareOfficeData,
  summarise,
  type OfficeFilter,
} from '../../src/domain/aggregation';
import type { AnonymousFile } from '../../src/domain/anonymous';
import { countHeldBack, mayContribute, mayShow } from '../../src/domain/suppression';
import { makeEdition } from '../fixtures/editions';
import { makeFile, makeFiles } from '../fixtures/anonymous-files';

const v1 = makeEdition({ id: 'ni', version: 1, areas: [['a1', 'a2'], ['b1']] });
const v2 = makeEdition({ id: 'ni', version: 2, areas: [['a1', 'a3'], ['b1']] });
const E1 = { id: 'ni', version: 1 };
const E2 = { id: 'ni', version: 2 };

describe('the small-number rule', () => {
  it('lets groups of 0 or at least 3 files into figures, and shows figures from 3 files', () => {
    expect([0, 1, 2, 3, 4].map(mayContribute)).toEqual([true, false, false, true, true]);
    expect([0, 1, 2, 3].map(mayShow)).toEqual([false, false, false, true]);
    expect(countHeldBack([5, 2, 1, 3, 0])).toBe(3);
  });

  it('shows "too few" instead of a figure that rests on fewer than 3 files', () => {
    const data = prepareOfficeData(
      [
        ...makeFiles(3, { edition: E1, ratings: { a1: 'green', a2: 'red' } }),
        ...makeFiles(3, { edition: E2, ratings: { a1: 'green' } }),
      ],
      [v1, v2],
      v2,
    );
    const all = summarise(data, NO_FILTER);
    expect(all.criteria.find((c) => c.id === 'a2')!.counts).not.toBeNull();
    const noneLeft = summarise(data, { ...NO_FILTER, category: 'kultur' });
    expect(noneLeft.files).toBe(0);
    expect(noneLeft.criteria.every((c) => c.counts === null)).toBe(true);
    expect(noneLeft.areas.every((a) => a.lights === null && a.value === null)).toBe(true);
  });

  it('holds back a criterion in a group where only 1 or 2 files were asked it', () => {
    // One cell of 4 files: 2 with an edition that asks a2 and 2 without.
    const data = prepareOfficeData(
      [
        ...makeFiles(2, { edition: E1, ratings: { a1: 'green', a2: 'red' } }),
        ...makeFiles(2, { edition: E2, ratings: { a1: 'green', a3: 'green' } }),
      ],
      [v1, v2],
      v2,
    );
    const all = summarise(data, NO_FILTER);
    expect(all.files).toBe(4);
    expect(all.criteria.find((c) => c.id === 'a1')!.asked).toBe(4);
    expect(all.criteria.find((c) => c.id === 'a2')).toMatchObject({ asked: 0, counts: null });
    expect(all.criteria.find((c) => c.id === 'a3')).toMatchObject({ asked: 0, counts: null });
  });
});

describe('a differencing attack', () => {
  // 3 sport clubs and 2 kultur clubs in the same quarter and size band.
  const sport = makeFiles(3, { category: 'sport', edition: E1, ratings: { a1: 'green' } });
  const kultur = makeFiles(2, { category: 'kultur', edition: E1, ratings: { a1: 'red' } });
  const data = prepareOfficeData([...sport, ...kultur], [v1], v1);

  it('"all" minus "category = sport" does not reveal the 2 kultur clubs’ lights', () => {
    const all = summarise(data, NO_FILTER);
    const onlySport = summarise(data, { ...NO_FILTER, category: 'sport' });
    const onlyKultur = summarise(data, { ...NO_FILTER, category: 'kultur' });
    expect(all).toEqual(onlySport);
    expect(all.criteria[0]!.counts).toMatchObject({ green: 3, red: 0 });
    expect(onlyKultur.files).toBe(0);
    expect(onlyKultur.criteria[0]!.counts).toBeNull();
    expect(data.heldBack).toBe(2);
  });

  it('a second filter (size band) cannot isolate them either', () => {
    const bySize = summarise(data, { ...NO_FILTER, sizeBand: '21-100' });
    const bySizeAndSport = summarise(data, { ...NO_FILTER, sizeBand: '21-100', category: 'sport' });
    expect(bySize).toEqual(bySizeAndSport);
  });
});

// Random files over a few quarters, categories, size bands and two editions,
// and two random filters: every shown figure rests on ≥ 3 files, and the files
// behind the same criterion's figure under F1 and F2 differ by 0 or ≥ 3 files
// either way. The files behind a figure are found from the raw files here.

const PERIODS = ['2025-Q4', '2026-Q1', '2026-Q2'] as const;
const CATEGORIES = ['sport', 'kultur', 'religion'] as const;
const SIZES = ['bis-20', '21-100'] as const;
const LIGHT = fc.constantFrom('green', 'yellow', 'red', 'na', undefined);

const fileArb = fc
  .record({
    period: fc.constantFrom(...PERIODS),
    category: fc.constantFrom(...CATEGORIES),
    sizeBand: fc.constantFrom(...SIZES),
    v2: fc.boolean(),
    lights: fc.tuple(LIGHT, LIGHT, LIGHT),
  })
  .map(({ period, category, sizeBand, v2: isV2, lights }) => {
    const ids = isV2 ? ['a1', 'a3', 'b1'] : ['a1', 'a2', 'b1'];
    const ratings: AnonymousFile['ratings'] = {};
    ids.forEach((id, i) => {
      const light = lights[i];
      if (light) ratings[id] = light;
    });
    return makeFile({ period, category, sizeBand, edition: isV2 ? E2 : E1, ratings });
  });

const filterArb: fc.Arbitrary<OfficeFilter> = fc.record({
  from: fc.constantFrom(null, ...PERIODS),
  to: fc.constantFrom(null, ...PERIODS),
  category: fc.constantFrom('all' as const, ...CATEGORIES),
  sizeBand: fc.constantFrom('all' as const, ...SIZES),
});

const inFilter = (f: AnonymousFile, filter: OfficeFilter) =>
  (filter.from === null || f.period >= filter.from) &&
  (filter.to === null || f.period <= filter.to) &&
  (filter.category === 'all' || f.club.category === filter.category) &&
  (filter.sizeBand === 'all' || f.club.sizeBand === filter.sizeBand);

const cellOf = (f: AnonymousFile) => `${f.period}|${f.club.category}|${f.club.sizeBand}`;
const asks = (f: AnonymousFile, id: string) =>
  (f.edition.version === 1 ? ['a1', 'a2', 'b1'] : ['a1', 'a3', 'b1']).includes(id);

/** The files a criterion's figure rests on under a filter, found from the raw files. */
function filesBehind(files: AnonymousFile[], filter: OfficeFilter, id: string): Set<string> {
  const cells = new Map<string, AnonymousFile[]>();
  for (const f of files) cells.set(cellOf(f), [...(cells.get(cellOf(f)) ?? []), f]);
  const behind = new Set<string>();
  for (const cell of cells.values()) {
    if (cell.length < 3 || !inFilter(cell[0]!, filter)) continue;
    const asked = cell.filter((f) => asks(f, id));
    if (asked.length >= 3) asked.forEach((f) => behind.add(f.fileId));
  }
  return behind;
}

const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).length;
const ok = (n: number) => n === 0 || n >= 3;

describe('no two filters isolate fewer than 3 files (property)', () => {
  it('holds for random files and any two filters', () => {
    fc.assert(
      fc.property(
        fc.array(fileArb, { minLength: 0, maxLength: 40 }),
        filterArb,
        filterArb,
        (files, f1, f2) => {
          const data = prepareOfficeData(files, [v1, v2], v2);
          const s1 = summarise(data, f1);
          const s2 = summarise(data, f2);
          for (const id of ['a1', 'a2', 'a3', 'b1']) {
            const c1 = s1.criteria.find((c) => c.id === id)!;
            const c2 = s2.criteria.find((c) => c.id === id)!;
            const b1 = filesBehind(files, f1, id);
            const b2 = filesBehind(files, f2, id);
            // The figure is exactly the lights of the files behind it.
            expect(c1.asked).toBe(b1.size);
            const lights = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };
            for (const f of files) if (b1.has(f.fileId)) lights[f.ratings[id] ?? 'unanswered'] += 1;
            if (c1.counts) expect(c1.counts).toEqual(lights);
            // Shown figures rest on ≥ 3 files; nothing shown rests on 1 or 2.
            if (c1.counts) expect(c1.asked).toBeGreaterThanOrEqual(3);
            expect(ok(c1.asked) && ok(c2.asked)).toBe(true);
            // Neither difference isolates 1 or 2 files.
            expect(ok(minus(b1, b2))).toBe(true);
            expect(ok(minus(b2, b1))).toBe(true);
          }
          for (const [a1, a2] of s1.areas.map((a, i) => [a, s2.areas[i]!] as const)) {
            expect(ok(a1.asked) && ok(a2.asked)).toBe(true);
            if (a1.lights) expect(a1.asked).toBeGreaterThanOrEqual(3);
          }
          expect(ok(s1.files) && ok(s2.files)).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });
});
