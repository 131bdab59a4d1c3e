// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/preact';
import { Overview } from '../../src/ui/progress/Overview';
import type { RatingId } from '../../src/domain/edition-schema';
import type { Assessment } from '../../src/domain/entities';
import { buildAreaSeries, buildOverview, type AssessmentView } from '../../src/domain/progress';
import { makeEdition } from '../fixtures/editions';

const v1 = makeEdition({ version: 1, areas: [['a-01', 'a-02'], ['b-01']] });
const v2 = makeEdition({ version: 2, areas: [['a-01', 'a-02']] });

const view = (
  id: string,
  date: string,
  edition = v1,
  ratings: Record<string, RatingId> = {},
): AssessmentView => ({
  assessment: { id, date, createdAt: `${date}T18:00:00.000Z`, status: 'done' } as Assessment,
  edition,
  ratingOf: (c) => ratings[c],
});

const overviewOf = (views: AssessmentView[]) => buildOverview(buildAreaSeries(views));

describe('Overview', () => {
  it('shows every area at every meeting with the light in words and the value', () => {
    render(
      <Overview
        overview={overviewOf([
          view('m1', '2026-01-15', v1, { 'a-01': 'red', 'a-02': 'green' }),
          view('m2', '2026-02-15', v2, { 'a-01': 'green', 'a-02': 'green' }),
        ])}
      />,
    );
    const table = screen.getByRole('table', { name: 'Überblick: Bereiche je Treffen' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Bereich', '15.01.', '15.02.']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['gelb 50 %', 'grün 100 %']);
    // The second area: nothing rated at the first meeting, not asked at the second.
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent?.replace(/\s/g, ' ')),
    ).toEqual(['keine Ampel –', '–nicht erfragt']);
    // Every asked cell carries the light's shape, not colour alone.
    expect(rows[0]!.querySelectorAll('svg.light-symbol')).toHaveLength(2);
    expect(rows[1]!.querySelectorAll('svg.light-symbol')).toHaveLength(1);
  });

  it('writes the year in the column dates when the meetings span years', () => {
    render(
      <Overview overview={overviewOf([view('m1', '2025-12-10'), view('m2', '2026-02-15')])} />,
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Bereich',
      '10.12.25',
      '15.02.26',
    ]);
  });
});
