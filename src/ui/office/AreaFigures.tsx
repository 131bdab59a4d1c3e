import type { AreaFigure, CriterionFigure } from '../../domain/aggregation';
import type { CatalogueArea } from '../../domain/office-catalogue';
import { fmt, t, tf } from '../../locale';
import { Disclosure } from '../components/Disclosure';
import { StackedBar } from './StackedBar';
import { ScrollTable } from '../components/ScrollTable';

/** The title of an area, also for the group of criteria no edition on the device knows. */
export const areaTitle = (area: CatalogueArea) => area.title ?? tf().office.unknownArea;
const criterionText = (c: { id: string; text: string | null }) =>
  c.text ?? tf().office.unknownCriterion(c.id);

interface Props {
  area: CatalogueArea;
  figure: AreaFigure | undefined;
  criteria: CriterionFigure[];
}

/** One area: its value and lights per file, a bar per criterion, and the same as a table. */
export function AreaFigures({ area, figure, criteria }: Props) {
  const titleId = `office-area-${area.id}`;
  return (
    <section class="card office-area" aria-labelledby={titleId}>
      <h3 id={titleId} class="card-title">
        {areaTitle(area)}
      </h3>
      {figure && figure.asked > 0 && figure.lights && (
        <div class="area-overall">
          <p class="area-value">
            {figure.value === null
              ? tf().office.noValue
              : tf().office.areaValue(fmt.percent(figure.value, 1))}
            {' · '}
            {tf().office.basisCount(figure.asked)}
          </p>
          <p class="muted small">{tf().office.areaLights}</p>
          <StackedBar
            counts={{ ...figure.lights, na: 0, unanswered: figure.lights.none }}
            asked={figure.asked}
            restWord={tf().office.noValue}
          />
        </div>
      )}
      <ul class="criterion-figures">
        {area.criteria.map((criterion, i) => {
          const f = criteria[i];
          return f ? (
            <li key={criterion.id} class="criterion-figure">
              <p class="criterion-label">{criterionText(criterion)}</p>
              {f.counts ? (
                <StackedBar counts={f.counts} asked={f.asked} />
              ) : (
                <p class="too-few">
                  {f.asked === 0 && f.notAsked > 0 ? tf().office.notAsked : tf().office.tooFew}
                </p>
              )}
              <p class="muted small">
                {tf().office.basisCount(f.asked)}
                {f.notAsked > 0 && ` · ${tf().office.notAsked}: ${f.notAsked}`}
              </p>
            </li>
          ) : null;
        })}
      </ul>
      <Disclosure summary={tf().office.asTable}>
        {() => <AreaTable area={area} criteria={criteria} />}
      </Disclosure>
    </section>
  );
}

const COLUMNS = ['green', 'yellow', 'red', 'na', 'unanswered'] as const;

function AreaTable({ area, criteria }: { area: CatalogueArea; criteria: CriterionFigure[] }) {
  const caption = tf().office.tableCaption(areaTitle(area));
  return (
    <ScrollTable label={caption} class="numbers office-table">
      <thead>
        <tr>
          <th scope="col">{tf().office.criterion}</th>
          <th scope="col">{tf().office.basisColumn}</th>
          {COLUMNS.map((c) => (
            <th key={c} scope="col">
              {c === 'unanswered' ? tf().office.unanswered : t.ratings[c]}
            </th>
          ))}
          <th scope="col">{tf().office.notAsked}</th>
        </tr>
      </thead>
      <tbody>
        {area.criteria.map((criterion, i) => {
          const f = criteria[i];
          if (!f) return null;
          const counts = f.counts;
          return (
            <tr key={criterion.id}>
              <th scope="row">{criterionText(criterion)}</th>
              {counts ? (
                <>
                  <td>{f.asked}</td>
                  {COLUMNS.map((c) => (
                    <td key={c}>
                      {tf().office.count(counts[c], fmt.percent(counts[c] / f.asked, 1))}
                    </td>
                  ))}
                </>
              ) : (
                <td colSpan={6}>{tf().office.tooFew}</td>
              )}
              <td>{f.notAsked}</td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
