import { useState } from 'preact/hooks';
import { isOverdue, sortMeasures } from '../../domain/measures';
import { toIsoDate } from '../../domain/dates';
import { listMeasuresOfClub, setMeasureDone } from '../../storage/measures';
import { t } from '../../locale';
import { useLiveQuery } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { Alert } from '../components/Field';
import { MeasureItem } from '../components/MeasureItem';
import { describeStorageError } from '../storage-messages';

/** The club's one list of next steps: open first, overdue marked, ticked off in place. */
export function MeasureList({
  clubId,
  today = toIsoDate(new Date()),
}: {
  clubId: string;
  today?: string;
}) {
  const state = useLiveQuery(() => listMeasuresOfClub(clubId), [clubId]);
  const [failure, setFailure] = useState<string | null>(null);
  const onDone = (id: string, done: boolean) =>
    setMeasureDone(id, done).then(
      () => setFailure(null),
      (error: unknown) => setFailure(describeStorageError(error)),
    );
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t.measures.heading}</h2>
      <Alert message={failure} />
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
