import type { CriterionRow, CriterionState } from '../../domain/progress';
import { answersIn, chosenLights, type Spread } from '../../domain/round';
import { fmt, t } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';
import '../components/scroll-table.css';
import './progress.css';

/** The word for a criterion's state in one assessment. */
export function stateWord(state: CriterionState): string {
  if (state === 'not-asked') return t.progress.notAsked;
  return t.ratings[state];
}

/** A criterion's light with its word (the word is visible for "nicht erfragt", hidden otherwise). */
export function StateCell({ state }: { state: CriterionState }) {
  if (state === 'not-asked') return <span class="not-asked">{t.progress.notAsked}</span>;
  return (
    <span class="cell-light" title={stateWord(state)}>
      <LightSymbol rating={state === 'unanswered' ? 'none' : state} size={20} />
      <span class="visually-hidden">{stateWord(state)}</span>
    </span>
  );
}

/** A round's counts under a light: each chosen light's symbol and number, said in words. */
function SpreadCell({ spread }: { spread: Spread }) {
  const chosen = chosenLights(spread);
  const said = chosen.map((r) => t.progress.spreadCount(t.ratings[r], spread[r])).join(', ');
  return (
    <span class="cell-spread">
      <span class="visually-hidden">{t.progress.spread(said)}</span>
      {chosen.map((r) => (
        <span key={r} aria-hidden="true" class="cell-spread-light">
          <LightSymbol rating={r} size={12} />
          {spread[r]}
        </span>
      ))}
    </span>
  );
}

/** Every criterion of an area as a row of lights over time; scrolls sideways on a phone. */
export function CriterionRows({ title, rows }: { title: string; rows: CriterionRow[] }) {
  const dates = rows[0]?.cells.map((c) => c.date) ?? [];
  return (
    <div class="table-scroll" role="region" aria-label={t.progress.rowsRegion(title)} tabIndex={0}>
      <table class="lights-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col" class="sticky">
              {t.progress.criterion}
            </th>
            {dates.map((d, i) => (
              <th key={`${d}-${i}`} scope="col">
                {fmt.date(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.criterionId}>
              <th scope="row" class="sticky">
                {row.text}
              </th>
              {row.cells.map((c) => (
                <td key={c.assessmentId}>
                  <StateCell state={c.state} />
                  {c.spread && answersIn(c.spread) > 0 && <SpreadCell spread={c.spread} />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
