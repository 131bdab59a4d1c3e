import { layoutAreaChart } from '../../domain/chart';
import { spansYears } from '../../domain/dates';
import type { AreaSeries } from '../../domain/progress';
import type { Edition } from '../../domain/edition-schema';
import { fmt, t } from '../../locale';
import { ValueChart } from '../components/ValueChart';

const BOX = { width: 320, height: 150, padding: { left: 44, right: 16, top: 14, bottom: 30 } };

/** An area's value over time as SVG, with a text alternative; shapes tell the light, words the thresholds. */
export function AreaChart({ series, edition }: { series: AreaSeries; edition: Edition }) {
  const withYear = spansYears(series.points.map((p) => p.date));
  // Dates with a year are wider: fewer of them fit under the axis, the last needs room.
  const box = withYear ? { ...BOX, padding: { ...BOX.padding, right: 24 } } : BOX;
  const g = layoutAreaChart(series.points, box, edition.scale.thresholds, withYear ? 5 : 6);
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
      box={box}
      layout={g}
      title={t.progress.chartTitle(series.title)}
      description={t.progress.chartDesc(described)}
      xLabel={withYear ? fmt.dayMonthYear : fmt.dayMonth}
      thresholdLabel={(light, value) =>
        t.progress.threshold(t.ratings[light], fmt.percent(value, 0))
      }
    />
  );
}
