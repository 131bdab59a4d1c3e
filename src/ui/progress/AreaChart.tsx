import { layoutAreaChart } from '../../domain/chart';
import type { AreaSeries } from '../../domain/progress';
import type { Edition } from '../../domain/edition-schema';
import { fmt, t } from '../../locale';
import { ValueChart } from '../components/ValueChart';

const BOX = { width: 320, height: 150, padding: { left: 44, right: 16, top: 14, bottom: 30 } };

/** An area's value over time as SVG, with a text alternative; shapes tell the light. */
export function AreaChart({ series, edition }: { series: AreaSeries; edition: Edition }) {
  const g = layoutAreaChart(series.points, BOX, edition.scale.thresholds);
  const described = series.points
    .map((p) =>
      t.progress.chartPoint(
        fmt.date(p.date),
        !p.asked
          ? t.progress.notAsked
          : p.value === null
            ? t.progress.noValue
            : fmt.percent(p.value, 0),
      ),
    )
    .join(', ');
  return (
    <ValueChart
      id={`chart-${series.areaId}`}
      box={BOX}
      layout={g}
      title={t.progress.chartTitle(series.title)}
      description={t.progress.chartDesc(described)}
      xLabel={(date) => fmt.dayMonth(date)}
    />
  );
}
