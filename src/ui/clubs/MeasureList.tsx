import { isOverdue, sortMeasures } from '../../domain/measures';
import { toIsoDate } from '../../domain/dates';
import { listMeasuresOfClub } from '../../actions/clubs';
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
  const state = useLiveQuery(() => listMeasuresOfClub(clubId), [clubId]);
  const { status, run } = useAction();
  const onDone = (id: string, done: boolean) =>
    run(() => setStepDone(id, done), { failed: describeStorageProblem });
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t.measures.heading}</h2>
      <StatusLine status={status} />
      <Loaded state={state}>
        {(measures) => {
          if (measures.length === 0) return <p class="empty">{t.measures.empty}</p>;
          const open = measures.filter((m) => m.status === 'open').length;
          return (
            <>
              <p class="muted">
                {t.measures.intro} {t.measures.openCount(open)}.
              </p>
              <ul class="measures" aria-label={t.measures.heading}>
                {sortMeasures(measures, today).map((m) => (
                  <MeasureItem
                    key={m.id}
                    measure={m}
                    done={m.status === 'done'}
                    overdue={isOverdue(m, today)}
                    onDone={onDone}
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
