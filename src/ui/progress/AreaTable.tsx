import type { AreaSeries } from '../../domain/progress';
import { fmt, t } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';
import { ScrollTable } from '../components/ScrollTable';

/** The numbers behind an area's chart. */
export function AreaTable({ series }: { series: AreaSeries }) {
  return (
    <ScrollTable label={t.progress.table(series.title)} class="numbers">
      <thead>
        <tr>
          <th scope="col">{t.progress.date}</th>
          <th scope="col">{t.progress.value}</th>
          <th scope="col">{t.progress.light}</th>
          <th scope="col">{t.ratings.green}</th>
          <th scope="col">{t.ratings.yellow}</th>
          <th scope="col">{t.ratings.red}</th>
          <th scope="col">{t.ratings.na}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.assessmentId}>
            <th scope="row">{fmt.date(p.date)}</th>
            {p.asked ? (
              <>
                <td>{p.value === null ? '–' : fmt.percent(p.value, 0)}</td>
                <td>
                  <span class="cell-light">
                    <LightSymbol rating={p.light ?? 'none'} size={16} />
                    {p.light ? t.ratings[p.light] : t.summary.noLight}
                  </span>
                </td>
                <td>{p.counts.green}</td>
                <td>{p.counts.yellow}</td>
                <td>{p.counts.red}</td>
                <td>{p.counts.na}</td>
              </>
            ) : (
              <td colSpan={6}>{t.progress.notAsked}</td>
            )}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
