import { layoutAreaChart } from '../../domain/chart';
import type { TrendBucket } from '../../domain/aggregation';
import type { Edition } from '../../domain/edition-schema';
import type { CatalogueArea } from '../../domain/office-catalogue';
import { lightForValue } from '../../domain/scoring';
import { de } from '../../messages/de';
import { deFiles } from '../../messages/de-files';
import { LightSymbol } from '../components/LightSymbol';
import { areaTitle } from './AreaFigures';

// The area values over quarters or years, drawn with the progress chart's
// geometry (domain/chart.ts); a held-back bucket is a gap, never a point.

// Wider right padding than the progress chart: the last label is a quarter, not a day.
const BOX = { width: 320, height: 150, padding: { left: 44, right: 30, top: 14, bottom: 30 } };
const NO_COUNTS = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };

const valueText = (value: number | null | undefined) =>
  value === null || value === undefined ? deFiles.office.tooFew : deFiles.office.percent(value);

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
  const g = layoutAreaChart(points, BOX, scale.scale.thresholds);
  const title = areaTitle(area);
  const id = `trend-${index}`;
  const described = buckets
    .map((b) => deFiles.office.chartPoint(b.label, valueText(b.areas[index]?.value)))
    .join(', ');
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{deFiles.office.chartTitle(title)}</title>
      <desc id={`${id}-desc`}>{deFiles.office.chartDesc(described)}</desc>
      {g.yTicks.map((t) => (
        <g key={t.value}>
          <line
            class="grid"
            x1={BOX.padding.left}
            x2={BOX.width - BOX.padding.right}
            y1={t.y}
            y2={t.y}
          />
          <text class="axis" x={BOX.padding.left - 6} y={t.y + 4} text-anchor="end">
            {de.progress.percent(t.value)}
          </text>
        </g>
      ))}
      {g.thresholds.map((t) => (
        <line
          key={t.light}
          class={`threshold threshold-${t.light}`}
          x1={BOX.padding.left}
          x2={BOX.width - BOX.padding.right}
          y1={t.y}
          y2={t.y}
        />
      ))}
      {g.xTicks
        .filter((t) => t.labelled)
        .map((t) => (
          <text key={t.date} class="axis" x={t.x} y={BOX.height - 8} text-anchor="middle">
            {t.date}
          </text>
        ))}
      {g.segments.map((s, i) => (
        <line key={i} class="series" x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
      ))}
      {g.points.map((p) => (
        <svg key={p.date} x={p.x - 8} y={p.y - 8} width="16" height="16" overflow="visible">
          <LightSymbol rating={p.light ?? 'none'} size={16} />
        </svg>
      ))}
    </svg>
  );
}

/** Every area's value per bucket as one table. */
export function TrendTable({ areas, buckets }: { areas: CatalogueArea[]; buckets: TrendBucket[] }) {
  return (
    <div class="table-scroll" role="region" aria-label={deFiles.office.trendCaption} tabIndex={0}>
      <table class="numbers">
        <caption class="visually-hidden">{deFiles.office.trendCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{deFiles.office.area}</th>
            {buckets.map((b) => (
              <th key={b.label} scope="col">
                {b.label}
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
                  <td key={b.label}>{valueText(b.areas[a]?.value)}</td>
                ))}
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
