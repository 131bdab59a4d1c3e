import { layoutAreaChart } from '../../domain/chart';
import type { AreaSeries } from '../../domain/progress';
import type { Edition } from '../../domain/edition-schema';
import { formatGermanDate } from '../../domain/dates';
import { de } from '../../messages/de';
import { LightSymbol } from '../components/LightSymbol';

/** Above this many points the symbols would overlap: the line carries small dots instead. */
const MAX_SYMBOLS = 24;

const BOX = { width: 320, height: 150, padding: { left: 44, right: 16, top: 14, bottom: 30 } };

/** An area's value over time as SVG, with a text alternative; shapes tell the light. */
export function AreaChart({ series, edition }: { series: AreaSeries; edition: Edition }) {
  const g = layoutAreaChart(series.points, BOX, edition.scale.thresholds);
  const titleId = `chart-${series.areaId}-title`;
  const descId = `chart-${series.areaId}-desc`;
  const described = series.points
    .map((p) =>
      de.progress.chartPoint(
        formatGermanDate(p.date),
        !p.asked
          ? de.progress.notAsked
          : p.value === null
            ? de.progress.noValue
            : de.progress.percent(p.value),
      ),
    )
    .join(', ');
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${BOX.width} ${BOX.height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={descId}
    >
      <title id={titleId}>{de.progress.chartTitle(series.title)}</title>
      <desc id={descId}>{de.progress.chartDesc(described)}</desc>
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
        .map((t, i) => (
          <text key={`${t.date}-${i}`} class="axis" x={t.x} y={BOX.height - 8} text-anchor="middle">
            {formatGermanDate(t.date).slice(0, 6)}
          </text>
        ))}
      {g.segments.length > 0 && (
        // The segments join consecutive plotted points, so one polyline draws them all.
        <polyline
          class="series"
          fill="none"
          points={g.points.map((p) => `${p.x},${p.y}`).join(' ')}
        />
      )}
      {g.points.length <= MAX_SYMBOLS
        ? g.points.map((p, i) => (
            <svg
              key={`${p.date}-${i}`}
              x={p.x - 9}
              y={p.y - 9}
              width="18"
              height="18"
              overflow="visible"
            >
              <LightSymbol rating={p.light ?? 'none'} size={18} />
            </svg>
          ))
        : g.points.map((p, i) => (
            <circle key={`${p.date}-${i}`} class="dot-point" cx={p.x} cy={p.y} r="2" />
          ))}
    </svg>
  );
}
