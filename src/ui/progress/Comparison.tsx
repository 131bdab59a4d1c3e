import { useState } from 'preact/hooks';
import { compareAssessments, type Change, type CriterionChange } from '../../domain/comparison';
import type { AssessmentView } from '../../domain/progress';
import { fmt, t } from '../../locale';
import { StateCell, stateWord } from './CriterionRows';
import { Disclosure } from '../components/Disclosure';
import { Field } from '../components/Field';
import './progress.css';

const LISTED: Change[] = ['better', 'worse', 'first'];
const COUNTED: Change[] = ['better', 'worse', 'same', 'first'];
const MARK: Record<Change, string> = {
  better: '▲',
  worse: '▼',
  same: '=',
  first: '+',
  'not-comparable': '·',
};

/** Two assessments side by side: what got better, worse, stayed, or was answered first. */
export function Comparison({ views }: { views: AssessmentView[] }) {
  // views are oldest first; default: the newest against the one before.
  const [laterId, setLaterId] = useState(views[views.length - 1]?.assessment.id ?? '');
  const [earlierId, setEarlierId] = useState(views[views.length - 2]?.assessment.id ?? '');
  const earlier = views.find((v) => v.assessment.id === earlierId);
  const later = views.find((v) => v.assessment.id === laterId);
  const options = [...views].reverse().map((v) => (
    <option key={v.assessment.id} value={v.assessment.id}>
      {fmt.date(v.assessment.date)}
    </option>
  ));
  const pickers = [
    { id: 'compare-earlier', label: t.progress.earlier, value: earlierId, set: setEarlierId },
    { id: 'compare-later', label: t.progress.later, value: laterId, set: setLaterId },
  ];
  const result = earlier && later && earlier !== later ? compareAssessments(earlier, later) : null;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title">{t.progress.compareHeading}</h2>
      <div class="compare-pickers">
        {pickers.map((p) => (
          <Field key={p.id} id={p.id} label={p.label}>
            {(control) => (
              <select {...control} value={p.value} onChange={(e) => p.set(e.currentTarget.value)}>
                {options}
              </select>
            )}
          </Field>
        ))}
      </div>
      {!result ? (
        <p role="status">{t.progress.sameAssessment}</p>
      ) : (
        <>
          <dl class="change-counts" aria-live="polite">
            {COUNTED.map((c) => (
              <div key={c} class={`change-count change-${c}`}>
                <dt>
                  <span aria-hidden="true">{MARK[c]} </span>
                  {t.progress.changes[c]}
                </dt>
                <dd>{result.counts[c]}</dd>
              </div>
            ))}
          </dl>
          {result.areas.map((area) => {
            const listed = area.changes.filter((c) => LISTED.includes(c.change));
            const same = area.changes.filter((c) => c.change === 'same');
            return (
              <div key={area.areaId} class="compare-area">
                <h3>{area.title}</h3>
                {listed.length === 0 ? (
                  <p class="muted">{t.progress.noChangesInArea}</p>
                ) : (
                  <ul class="changes">
                    {listed.map((c) => (
                      <ChangeItem key={c.criterionId} change={c} />
                    ))}
                  </ul>
                )}
                {same.length > 0 && (
                  <Disclosure summary={t.progress.unchangedInArea(same.length)}>
                    {() => (
                      <ul class="changes">
                        {same.map((c) => (
                          <ChangeItem key={c.criterionId} change={c} />
                        ))}
                      </ul>
                    )}
                  </Disclosure>
                )}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

function ChangeItem({ change }: { change: CriterionChange }) {
  return (
    <li class={`change change-${change.change}`}>
      <strong class="change-word">
        <span aria-hidden="true">{MARK[change.change]} </span>
        {t.progress.changes[change.change]}:
      </strong>{' '}
      {change.text}
      <span class="change-lights">
        <StateCell state={change.before} />
        <span aria-hidden="true" class="dir-arrow">
          →
        </span>
        <StateCell state={change.after} />
        <span class="visually-hidden">
          {t.progress.changeLine(stateWord(change.before), stateWord(change.after))}
        </span>
      </span>
    </li>
  );
}
