import { useState } from 'preact/hooks';
import type { OfficeData, OfficeSummary } from '../../domain/aggregation';
import { shareOf } from '../../domain/aggregation';
import { rankSupportNeeds } from '../../domain/office-insights';
import { fmt, t, tf } from '../../locale';
import { LightSymbol } from '../components/LightSymbol';
import { areaTitle } from './AreaFigures';

// "Wo Vereine Unterstützung brauchen": the statements with the largest share
// of red and yellow in the selection, where the town can start projects. Only
// statements whose figure is shown enter (domain/office-insights.ts).

/** Statements shown before "show all". */
export const NEEDS_SHOWN = 10;

export function SupportNeeds({ data, summary }: { data: OfficeData; summary: OfficeSummary }) {
  const [all, setAll] = useState(false);
  const ranking = rankSupportNeeds(data, summary);
  const shown = all ? ranking : ranking.slice(0, NEEDS_SHOWN);
  // Statements left out of the ranking because their figure is held back.
  const someLeftOut = summary.criteria.some((c) => c.counts === null && c.heldBack);
  return (
    <section class="office-needs" aria-labelledby="office-needs-title">
      <h2 id="office-needs-title">{tf().office.needsHeading}</h2>
      <p class="muted">{tf().office.needsIntro}</p>
      {ranking.length === 0 ? (
        <p>{someLeftOut ? tf().office.needsNoneShown : tf().office.needsNone}</p>
      ) : (
        <ol class="needs" id="office-needs-list" aria-labelledby="office-needs-title">
          {shown.map((need) => {
            const criterion = data.catalogue.criteria[need.criterion];
            const area = data.catalogue.areas[need.area];
            return (
              <li key={need.id} class="need">
                {area && <p class="muted small need-area">{areaTitle(area)}</p>}
                <p class="need-text">{criterion?.text ?? tf().office.unknownCriterion(need.id)}</p>
                <ul class="light-counts">
                  {(['red', 'yellow'] as const).map((light) => (
                    <li key={light}>
                      <LightSymbol rating={light} size={16} />
                      {t.ratings[light]}{' '}
                      <strong>
                        {tf().office.count(
                          need[light],
                          fmt.percent(shareOf(need[light], need.asked), 0),
                        )}
                      </strong>
                    </li>
                  ))}
                  <li>{tf().office.basisCount(need.asked)}</li>
                </ul>
              </li>
            );
          })}
        </ol>
      )}
      {ranking.length > NEEDS_SHOWN && (
        <div class="actions">
          <button
            type="button"
            class="button"
            aria-expanded={all}
            aria-controls="office-needs-list"
            onClick={() => setAll(!all)}
          >
            {all ? tf().office.needsFewer(NEEDS_SHOWN) : tf().office.needsAll(ranking.length)}
          </button>
        </div>
      )}
      {someLeftOut && <p class="muted small">{tf().office.needsHeldBack}</p>}
    </section>
  );
}
