import { isOverdue, sortMeasures } from '../../domain/measures';
import { toIsoDate } from '../../domain/dates';
import { listStepsOfClub } from '../../actions/clubs';
import { setStepDone } from '../../actions/assessment';
import { t } from '../../locale';
import { useLiveQuery } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { StatusLine } from '../components/StatusLine';
import { MeasureItem } from '../components/MeasureItem';
import { describeStorageProblem } from '../storage-messages';

/** The club's one list of next steps: open first, overdue marked, ticked off in place. */
export function MeasureList({
  clubId,
  today = toIsoDate(new Date()),
}: {
  clubId: string;
  today?: string;
}) {
  const state = useLiveQuery(() => listStepsOfClub(clubId), [clubId]);
  const { status, run } = useAction();
  const onDone = (id: string, done: boolean) =>
    run(() => setStepDone(id, done), { failed: describeStorageProblem });
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t.measures.heading}</h2>
      <StatusLine status={status} />
      <Loaded state={state}>
        {(steps) => {
          if (steps.length === 0) return <p class="empty">{t.measures.empty}</p>;
          const open = steps.filter((s) => s.measure.status === 'open').length;
          const sources = new Map(steps.map((s) => [s.measure.id, s.source]));
          return (
            <>
              <p class="muted">
                {t.measures.intro} {t.measures.openCount(open)}.
              </p>
              <ul class="measures" aria-label={t.measures.heading}>
                {sortMeasures(
                  steps.map((s) => s.measure),
                  today,
                ).map((m) => (
                  <MeasureItem
                    key={m.id}
                    measure={m}
                    done={m.status === 'done'}
                    overdue={isOverdue(m, today)}
                    onDone={onDone}
                    source={sources.get(m.id)}
                  />
                ))}
              </ul>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
