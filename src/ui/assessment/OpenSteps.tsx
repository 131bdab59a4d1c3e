import type { Measure } from '../../domain/entities';
import { isOverdue } from '../../domain/measures';
import { toIsoDate } from '../../domain/dates';
import { t } from '../../locale';
import { MeasureItem } from '../components/MeasureItem';
import './assessment.css';

/** Next steps from earlier meetings for one criterion, to tick off now. */
export function OpenSteps({
  steps,
  done,
  onDone,
}: {
  steps: readonly Measure[];
  done: ReadonlySet<string>;
  onDone: (id: string, done: boolean) => void;
}) {
  const today = toIsoDate(new Date());
  return (
    <section class="open-steps" aria-label={t.assessment.openSteps}>
      <p class="open-steps-title">{t.assessment.openSteps}</p>
      <ul class="measures">
        {steps.map((m) => (
          <MeasureItem
            key={m.id}
            measure={m}
            done={done.has(m.id)}
            overdue={!done.has(m.id) && isOverdue(m, today)}
            onDone={onDone}
          />
        ))}
      </ul>
    </section>
  );
}
