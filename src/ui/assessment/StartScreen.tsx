import { useState } from 'preact/hooks';
import { validateAssessmentDate, type DateError } from '../../domain/assessment';
import { toIsoDate } from '../../domain/dates';
import { readStart, startAssessment } from '../../actions/assessment';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { useOnce } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageProblem } from '../storage-messages';
import { Field } from '../components/Field';
import { StatusLine } from '../components/StatusLine';
import '../shared.css';

/** Starts an assessment: the meeting date and, if there is one, the last one's lights to start from. */
export function StartScreen({
  clubId,
  today = () => new Date(),
}: {
  clubId: string;
  today?: () => Date;
}) {
  const state = useOnce(() => readStart(clubId), [clubId]);
  const [date, setDate] = useState(() => toIsoDate(today()));
  // Carrying last time's lights is a choice: a group should look at each one today.
  const [fromLast, setFromLast] = useState(false);
  const [dateError, setDateError] = useState<DateError | null>(null);
  const { busy, status, run } = useAction();

  return (
    <Loaded state={state}>
      {(data) => {
        if (!data) return <p role="alert">{t.app.notFound}</p>;
        const { club, latest, edition } = data;
        const submit = async (e: Event) => {
          e.preventDefault();
          const error = validateAssessmentDate(date);
          setDateError(error);
          if (error) return;
          const started = await run(
            () =>
              startAssessment({
                clubId: club.id,
                date: date.trim(),
                edition,
                ...(latest && fromLast ? { fromAssessmentId: latest.id } : {}),
              }),
            { failed: describeStorageProblem },
          );
          if (started?.ok) go(paths.area(started.value.id, 0), { replace: true });
        };
        return (
          <section aria-labelledby="screen-title">
            <p class="club-name">{club.name}</p>
            <ScreenHeading>{t.start.heading}</ScreenHeading>
            <p class="muted">{t.start.edition(edition.title, edition.version)}</p>
            <form onSubmit={submit} noValidate>
              <StatusLine status={status} />
              <Field
                id="assessment-date"
                label={t.start.date}
                hint={t.start.dateHint}
                error={dateError && t.start.errors[dateError]}
                announce
              >
                {(control) => (
                  <input
                    {...control}
                    type="date"
                    required
                    value={date}
                    onInput={(e) => setDate(e.currentTarget.value)}
                  />
                )}
              </Field>
              {latest && (
                <div class="field check">
                  <input
                    id="from-last"
                    type="checkbox"
                    checked={fromLast}
                    onChange={(e) => setFromLast(e.currentTarget.checked)}
                    aria-describedby="from-last-hint"
                  />
                  <label for="from-last">{t.start.fromLast}</label>
                  <p id="from-last-hint" class="hint">
                    {t.start.fromLastHint(fmt.date(latest.date))}
                  </p>
                </div>
              )}
              <div class="thumb-bar">
                <a class="button" href={paths.club(club.id)}>
                  {t.clubs.cancel}
                </a>
                <button type="submit" class="button primary" disabled={busy !== null}>
                  {t.start.begin}
                </button>
              </div>
            </form>
          </section>
        );
      }}
    </Loaded>
  );
}
