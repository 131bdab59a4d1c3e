import type { Overview as OverviewData, OverviewCell } from '../../domain/progress';
import { fmt, t } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';
import '../components/scroll-table.css';
import './progress.css';

/** Every area (rows) at every meeting (columns): the light's symbol, its word and the value. */
export function Overview({ overview }: { overview: OverviewData }) {
  const label = overview.withYear ? fmt.dayMonthYear : fmt.dayMonth;
  return (
    <div class="table-scroll" role="region" aria-label={t.progress.overviewRegion} tabIndex={0}>
      <table class="lights-table overview-table">
        <caption class="visually-hidden">{t.progress.overviewRegion}</caption>
        <thead>
          <tr>
            <th scope="col" class="sticky">
              {t.progress.area}
            </th>
            {overview.columns.map((c) => (
              <th key={c.assessmentId} scope="col">
                {label(c.date)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {overview.rows.map((row) => (
            <tr key={row.areaId}>
              <th scope="row" class="sticky">
                {row.title}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.assessmentId}>
                  <OverviewValue cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A cell's symbol and value; the light's word for screen readers, "–" where nothing counts. */
function OverviewValue({ cell }: { cell: OverviewCell }) {
  if (cell.kind === 'not-asked')
    return (
      <span class="overview-cell" title={t.progress.notAsked}>
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">{t.progress.notAsked}</span>
      </span>
    );
  const word = cell.kind === 'value' && cell.light ? t.ratings[cell.light] : t.summary.noLight;
  return (
    <span class="overview-cell" title={word}>
      <LightSymbol rating={cell.kind === 'value' ? (cell.light ?? 'none') : 'none'} size={18} />
      <span class="visually-hidden">{word} </span>
      {cell.kind === 'value' ? fmt.percent(cell.value, 0) : <span aria-hidden="true">–</span>}
    </span>
  );
}
