import type { ChartBox, ChartGeometry } from '../../domain/chart';
import { fmt } from '../../locale';
import { LightSymbol } from './LightSymbol';
import './value-chart.css';

/** Above this many points the symbols would overlap: the line carries small dots instead. */
const MAX_SYMBOLS = 24;

interface Props {
  id: string;
  box: ChartBox;
  layout: ChartGeometry;
  title: string;
  description: string;
  /** The text under an x tick, from its date or period. */
  xLabel: (date: string) => string;
  /** The words beside a threshold line, e.g. "grün ab 75 %"; none when left out. */
  thresholdLabel?: (light: 'green' | 'yellow', value: number) => string;
}

/**
 * Values from 0 to 100 % over time as SVG, drawn from the pure geometry of
 * domain/chart.ts: grid, threshold lines, one polyline, the light's symbol at
 * each point (never colour alone), and a title and description for screen readers.
 */
export function ValueChart({
  id,
  box,
  layout: g,
  title,
  description,
  xLabel,
  thresholdLabel,
}: Props) {
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {g.yTicks.map((tick) => (
        <g key={tick.value}>
          <line
            class="grid"
            x1={box.padding.left}
            x2={box.width - box.padding.right}
            y1={tick.y}
            y2={tick.y}
          />
          <text class="axis" x={box.padding.left - 6} y={tick.y + 4} text-anchor="end">
            {fmt.percent(tick.value, 0)}
          </text>
        </g>
      ))}
      {g.thresholds.map((t) => (
        <g key={t.light}>
          <line
            class={`threshold threshold-${t.light}`}
            x1={box.padding.left}
            x2={box.width - box.padding.right}
            y1={t.y}
            y2={t.y}
          />
          {thresholdLabel && (
            <text
              class="threshold-label"
              x={box.width - box.padding.right}
              y={t.y - 3}
              text-anchor="end"
            >
              {thresholdLabel(t.light, t.value)}
            </text>
          )}
        </g>
      ))}
      {g.xTicks
        .filter((t) => t.labelled)
        .map((t, i) => (
          <text key={`${t.date}-${i}`} class="axis" x={t.x} y={box.height - 8} text-anchor="middle">
            {xLabel(t.date)}
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
