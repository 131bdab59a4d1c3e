import { layoutAreaChart } from '../../domain/chart';
import type { AreaFigure, TrendBucket } from '../../domain/aggregation';
import type { ComponentChildren } from 'preact';
import type { Edition } from '../../domain/edition-schema';
import type { CatalogueArea } from '../../domain/office-catalogue';
import { lightForValue } from '../../domain/scoring';
import { fmt, tf } from '../../locale';
import { ValueChart } from '../components/ValueChart';
import { areaTitle } from './AreaFigures';
import { ScrollTable } from '../components/ScrollTable';
import { periodLabel } from './period-label';

// The area values over quarters or years, drawn with the progress chart's
// geometry (domain/chart.ts); a held-back bucket is a gap, never a point.

/** An area's figure in a bucket, written out: held back, without a value, or its value. */
const valueText = (figure: AreaFigure | undefined) => {
  if (figure?.value === null || figure?.value === undefined)
    return figure?.lights ? tf().office.noValue : tf().office.tooFew;
  return fmt.percent(figure.value, 1);
};

// Wider padding than the progress chart: the first and last labels name a quarter, not a day.
const BOX = { width: 320, height: 150, padding: { left: 50, right: 50, top: 14, bottom: 30 } };
const NO_COUNTS = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };

interface Props {
  area: CatalogueArea;
  index: number;
  buckets: TrendBucket[];
  scale: Edition;
}

/** One area's mean value per bucket as SVG, with its text alternative. */
export function TrendChart({ area, index, buckets, scale }: Props) {
  const points = buckets.map((b) => {
    const value = b.areas[index]?.value ?? null;
    return {
      assessmentId: b.label,
      date: b.label,
      asked: true,
      value,
      light: lightForValue(scale, value),
      counts: NO_COUNTS,
    };
  });
  // A quarter's name is long: fewer labels, so they never overlap.
  const g = layoutAreaChart(points, BOX, scale.scale.thresholds, 3);
  const title = areaTitle(area);
  const id = `trend-${index}`;
  const described = buckets
    .map((b) => tf().office.chartPoint(periodLabel(b.label), valueText(b.areas[index])))
    .join(', ');
  return (
    <ValueChart
      id={id}
      box={BOX}
      layout={g}
      title={tf().office.chartTitle(title)}
      description={tf().office.chartDesc(described)}
      xLabel={periodLabel}
    />
  );
}

/**
 * Every area's value per bucket as one table; `cell` draws a value, by
 * default written out in words and numbers.
 */
export function TrendTable({
  areas,
  buckets,
  class: className = 'numbers',
  cell = valueText,
}: {
  areas: CatalogueArea[];
  buckets: TrendBucket[];
  class?: string;
  cell?: (figure: AreaFigure | undefined) => ComponentChildren;
}) {
  return (
    <ScrollTable label={tf().office.trendCaption} class={className}>
      <thead>
        <tr>
          <th scope="col">{tf().office.area}</th>
          {buckets.map((b) => (
            <th key={b.label} scope="col">
              {periodLabel(b.label)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.map((area, a) =>
          // Criteria of editions not on the device have no area to average.
          area.title === null ? null : (
            <tr key={area.id}>
              <th scope="row">{areaTitle(area)}</th>
              {buckets.map((b) => (
                <td key={b.label}>{cell(b.areas[a])}</td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </ScrollTable>
  );
}
