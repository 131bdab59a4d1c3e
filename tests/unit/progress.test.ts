import { describe, expect, it } from 'vitest';
import type { RatingId } from '../../src/domain/edition-schema';
import type { Assessment } from '../../src/domain/entities';
import {
  buildAreaSeries,
  buildCriterionRows,
  buildOverview,
  type AssessmentView,
} from '../../src/domain/progress';
import { classifyChange, compareAssessments } from '../../src/domain/comparison';
import { layoutAreaChart } from '../../src/domain/chart';
import { spansYears } from '../../src/domain/dates';
import { makeEdition } from '../fixtures/editions';

const v1 = makeEdition({
  id: 'e',
  version: 1,
  areas: [
    ['a-01', 'a-02', 'a-03'],
    ['b-01', 'b-02'],
  ],
});
const v2 = makeEdition({
  id: 'e',
  version: 2,
  areas: [
    ['a-01', 'a-04'],
    ['b-01', 'b-02'],
  ],
});

function view(
  id: string,
  date: string,
  edition = v1,
  ratings: Record<string, RatingId> = {},
): AssessmentView {
  const assessment = { id, date, createdAt: `${date}T18:00:00.000Z`, status: 'done' } as Assessment;
  return { assessment, edition, ratingOf: (c) => ratings[c] };
}

describe('buildAreaSeries', () => {
  it('gives one point per assessment, oldest first, scored like the summary', () => {
    const series = buildAreaSeries([
      view('m3', '2026-03-01', v1, { 'a-01': 'green', 'a-02': 'green' }),
      view('m1', '2026-01-01', v1, { 'a-01': 'red', 'a-02': 'yellow', 'a-03': 'na' }),
    ]);
    const area = series[0]!;
    expect(area.points.map((p) => [p.assessmentId, p.value, p.light])).toEqual([
      ['m1', 0.25, 'red'],
      ['m3', 1, 'green'],
    ]);
    expect(area.points[0]!.counts).toEqual({ green: 0, yellow: 1, red: 1, na: 1, unanswered: 0 });
  });

  it('leaves a gap, not a zero, where nothing countable was answered', () => {
    const [area] = buildAreaSeries([
      view('m1', '2026-01-01', v1, { 'a-01': 'green' }),
      view('m2', '2026-02-01', v1, { 'a-01': 'na' }),
      view('m3', '2026-03-01', v1, {}),
    ]);
    expect(area!.points.map((p) => p.value)).toEqual([1, null, null]);
  });

  it('scores each assessment with its own edition, matching areas by id', () => {
    const other = makeEdition({ id: 'e', version: 2, areas: [['a-01']] });
    other.areas[0]!.id = 'area-9';
    const series = buildAreaSeries([
      view('old', '2026-01-01', v1, { 'a-01': 'green' }),
      view('new', '2026-02-01', other),
    ]);
    expect(series.map((s) => s.areaId)).toEqual(['area-9', 'area-1', 'area-2']);
    const first = series.find((s) => s.areaId === 'area-1')!;
    expect(first.points.map((p) => p.asked)).toEqual([true, false]);
  });
});

describe('buildCriterionRows', () => {
  it('marks a criterion an edition lacks as "not-asked", never as red', () => {
    const [areaA] = buildCriterionRows([
      view('m1', '2026-01-01', v1, { 'a-03': 'green' }),
      view('m2', '2026-02-01', v2, { 'a-04': 'yellow' }),
    ]);
    const byId = Object.fromEntries(
      areaA!.rows.map((r) => [r.criterionId, r.cells.map((c) => c.state)]),
    );
    expect(byId).toEqual({
      'a-01': ['unanswered', 'unanswered'],
      'a-04': ['not-asked', 'yellow'],
      'a-02': ['unanswered', 'not-asked'],
      'a-03': ['green', 'not-asked'],
    });
  });
});

describe('classifyChange', () => {
  it.each([
    ['red', 'yellow', 'better'],
    ['yellow', 'green', 'better'],
    ['green', 'red', 'worse'],
    ['yellow', 'yellow', 'same'],
    ['unanswered', 'red', 'first'],
    ['na', 'green', 'first'],
    ['not-asked', 'yellow', 'first'],
    ['green', 'na', 'not-comparable'],
    ['green', 'not-asked', 'not-comparable'],
    ['red', 'unanswered', 'not-comparable'],
  ] as const)('%s → %s is %s', (before, after, change) => {
    expect(classifyChange(before, after)).toBe(change);
  });
});

describe('compareAssessments', () => {
  it('groups the changes by area and counts them, across editions by criterion id', () => {
    const result = compareAssessments(
      view('m1', '2026-01-01', v1, {
        'a-01': 'red',
        'a-02': 'green',
        'b-01': 'yellow',
        'b-02': 'yellow',
      }),
      view('m2', '2026-02-01', v2, {
        'a-01': 'green',
        'a-04': 'red',
        'b-01': 'yellow',
        'b-02': 'red',
      }),
    );
    expect(result.counts).toEqual({ better: 1, worse: 1, same: 1, first: 1, 'not-comparable': 2 });
    expect(result.areas[0]!.changes.map((c) => [c.criterionId, c.change])).toEqual([
      ['a-01', 'better'],
      ['a-04', 'first'],
      ['a-02', 'not-comparable'],
      ['a-03', 'not-comparable'],
    ]);
  });
});

describe('layoutAreaChart', () => {
  const box = { width: 300, height: 120, padding: { left: 40, right: 10, top: 10, bottom: 10 } };
  const points = buildAreaSeries([
    view('m1', '2026-01-01', v1, { 'a-01': 'red' }),
    view('m2', '2026-02-01', v1, { 'a-01': 'na' }),
    view('m3', '2026-03-01', v1, { 'a-01': 'green' }),
  ])[0]!.points;

  it('places values from 0 at the bottom to 1 at the top, spaced evenly in time order', () => {
    const g = layoutAreaChart(points, box, { green: 0.75, yellow: 0.4 });
    expect(g.points.map((p) => [p.x, p.y])).toEqual([
      [40, 110],
      [290, 10],
    ]);
    expect(g.xTicks.map((t) => t.x)).toEqual([40, 165, 290]);
    expect(g.yTicks).toEqual([
      { y: 110, value: 0 },
      { y: 60, value: 0.5 },
      { y: 10, value: 1 },
    ]);
    expect(g.thresholds.map((t) => t.y)).toEqual([35, 70]);
  });

  it('joins only plotted points, bridging a gap', () => {
    const g = layoutAreaChart(points, box, { green: 0.75, yellow: 0.4 });
    expect(g.segments).toEqual([{ x1: 40, y1: 110, x2: 290, y2: 10 }]);
  });

  it('labels at most a few dates, always the first and the last', () => {
    const many = Array.from({ length: 100 }, (_, i) => ({ ...points[0]!, date: `d${i}` }));
    const g = layoutAreaChart(many, box, { green: 0.75, yellow: 0.4 }, 6);
    expect(g.xTicks.filter((t) => t.labelled).map((t) => t.date)).toEqual([
      'd0',
      'd20',
      'd40',
      'd59',
      'd79',
      'd99',
    ]);
    expect(
      layoutAreaChart(points, box, { green: 0.75, yellow: 0.4 }).xTicks.every((t) => t.labelled),
    ).toBe(true);
  });

  it('centres a single assessment', () => {
    const g = layoutAreaChart(points.slice(0, 1), box, { green: 0.75, yellow: 0.4 });
    expect(g.points[0]!.x).toBe(165);
    expect(g.segments).toEqual([]);
  });
});

describe('buildOverview', () => {
  it('gives every area a cell per meeting, oldest first, with value and light', () => {
    const overview = buildOverview(
      buildAreaSeries([
        view('m2', '2026-02-01', v2, { 'a-01': 'green', 'a-04': 'green', 'b-01': 'na' }),
        view('m1', '2026-01-01', v1, { 'a-01': 'red', 'a-02': 'yellow', 'b-01': 'green' }),
      ]),
    );
    expect(overview.columns).toEqual([
      { assessmentId: 'm1', date: '2026-01-01' },
      { assessmentId: 'm2', date: '2026-02-01' },
    ]);
    expect(overview.rows.map((r) => r.cells)).toEqual([
      [
        { assessmentId: 'm1', kind: 'value', value: 0.25, light: 'red' },
        { assessmentId: 'm2', kind: 'value', value: 1, light: 'green' },
      ],
      [
        { assessmentId: 'm1', kind: 'value', value: 1, light: 'green' },
        { assessmentId: 'm2', kind: 'no-value' },
      ],
    ]);
    expect(overview.withYear).toBe(false);
  });

  it('marks an area its edition did not have as not asked', () => {
    const v3 = makeEdition({ id: 'e', version: 3, areas: [['a-01']] });
    const overview = buildOverview(
      buildAreaSeries([view('m1', '2025-12-01', v1), view('m2', '2026-01-10', v3)]),
    );
    const b = overview.rows.find((r) => r.cells[1]?.kind === 'not-asked');
    expect(b?.cells.map((c) => c.kind)).toEqual(['no-value', 'not-asked']);
    expect(overview.withYear).toBe(true);
  });

  it('is empty without meetings', () => {
    expect(buildOverview([])).toEqual({ columns: [], rows: [], withYear: false });
  });
});

describe('spansYears', () => {
  it('needs the year only when the dates fall in more than one calendar year', () => {
    expect(spansYears([])).toBe(false);
    expect(spansYears(['2026-01-15', '2026-12-31'])).toBe(false);
    expect(spansYears(['2025-12-31', '2026-01-01'])).toBe(true);
  });
});
