import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMeasuresByCriterion } from '../../domain/measures';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';
import { countAnswered } from '../../domain/scoring';
import type { Edition } from '../../domain/edition-schema';
import {
  loadAssessmentBundle,
  rememberArea,
  setStepDone,
  type AssessmentBundle,
} from '../../actions/assessment';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { useOnce } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { Loaded } from '../components/Loading';
import { CriterionCard } from './CriterionCard';
import { useAnswers, type AnswerFields } from './use-answers';
import type { ScreenEntries } from '../../domain/rescue';
import '../shared.css';
import './assessment.css';

/** The fields of an unanswered criterion: one object, so that its card is not rendered again. */
const NO_FIELDS: AnswerFields = {};

/** Filling in an assessment, one area per screen. */
export function AssessmentScreen({
  assessmentId,
  areaIndex,
}: {
  assessmentId: string;
  areaIndex: number;
}) {
  const state = useOnce(() => loadAssessmentBundle(assessmentId), [assessmentId]);
  return (
    <Loaded state={state}>
      {(bundle) => {
        if (!bundle)
          return (
            <p role="alert">
              {t.assessment.notFound} <a href={paths.home()}>{t.app.toStart}</a>
            </p>
          );
        if (!bundle.edition) return <p role="alert">{t.assessment.editionMissing}</p>;
        return <AreaForm bundle={bundle} edition={bundle.edition} areaIndex={areaIndex} />;
      }}
    </Loaded>
  );
}

function AreaForm({
  bundle,
  edition,
  areaIndex,
}: {
  bundle: AssessmentBundle;
  edition: Edition;
  areaIndex: number;
}) {
  const { club } = bundle;
  // The screen follows the database: another tab's light or note shows here.
  const { assessment, answers, statuses, update, retry, focus } = useAnswers(
    bundle.assessment.id,
    bundle,
  );
  // What an emergency backup takes from this screen, built only when asked for;
  // one stable function for the cards, reading the latest render's values.
  const latest = useRef({ club, assessment, edition, answers });
  latest.current = { club, assessment, edition, answers };
  const onScreen = useCallback((): ScreenEntries => {
    const { answers: onIt, ...subject } = latest.current;
    return {
      ...subject,
      entries: [...onIt].map(([criterionId, fields]) => ({ criterionId, ...fields })),
    };
  }, []);
  const openSteps = useMemo(
    () => openMeasuresByCriterion(bundle.measures, assessment.id),
    [bundle.measures, assessment.id],
  );
  const [doneSteps, setDoneSteps] = useState<ReadonlySet<string>>(new Set());
  const { status, run } = useAction();
  const onStepDone = useCallback(
    (id: string, done: boolean) => {
      const toggle = (on: boolean) =>
        setDoneSteps((prev) => {
          const next = new Set(prev);
          if (on) next.add(id);
          else next.delete(id);
          return next;
        });
      toggle(done);
      void run(() => setStepDone(id, done), { failed: describeStorageProblem }).then((outcome) => {
        if (!outcome?.ok) toggle(!done);
      });
    },
    [run],
  );
  const last = edition.areas.length - 1;
  const index = Math.min(Math.max(areaIndex, 0), last);
  const area = edition.areas[index];

  useEffect(() => {
    if (assessment.status === 'done') {
      go(paths.summary(assessment.id), { replace: true });
      return;
    }
    if (index !== areaIndex) go(paths.area(assessment.id, index), { replace: true });
    else void rememberArea(assessment.id, index);
  }, [assessment.id, assessment.status, index, areaIndex]);

  if (!area) return null;
  const lookup = (id: string) => answers.get(id)?.rating;
  const overall = countAnswered(edition.areas, lookup);
  const inArea = countAnswered([area], lookup);
  const saves = [...statuses.values()].reduce(
    (n, s) => (s.state === 'saved' ? Math.max(n, s.seq) : n),
    0,
  );

  return (
    <section aria-labelledby="screen-title" class="assessment">
      <div class="assessment-bar">
        <p class="club-name">
          {club.name} · {fmt.date(assessment.date)}
        </p>
        <label class="progress-label" for="overall-progress">
          {t.assessment.progress(overall.answered, overall.total)}
        </label>
        <progress id="overall-progress" max={overall.total} value={overall.answered} />
      </div>
      <p class="muted area-count">{t.assessment.areaOf(index + 1, edition.areas.length)}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {area.title}
      </h1>
      {area.description && <p>{area.description}</p>}
      <p class="muted">{t.assessment.progress(inArea.answered, inArea.total)}</p>
      <StatusLine status={status} />
      <ol class="criteria">
        {area.criteria.map((criterion) => (
          <CriterionCard
            key={criterion.id}
            edition={edition}
            criterion={criterion}
            fields={answers.get(criterion.id) ?? NO_FIELDS}
            status={statuses.get(criterion.id)}
            onChange={update}
            onRetry={retry}
            onFocus={focus}
            onScreen={onScreen}
            openSteps={openSteps.get(criterion.id)}
            doneSteps={doneSteps}
            onStepDone={onStepDone}
          />
        ))}
      </ol>
      <p class="visually-hidden" aria-live="polite">
        {saves > 0 ? t.assessment.savedAnnouncement(saves, overall.answered, overall.total) : ''}
      </p>
      <nav class="thumb-bar" aria-label={t.assessment.areaNav}>
        {index > 0 ? (
          <a class="button" href={paths.area(assessment.id, index - 1)}>
            {t.assessment.previous}
          </a>
        ) : (
          <a class="button" href={paths.club(club.id)}>
            {t.app.back}
          </a>
        )}
        {index < last ? (
          <a class="button primary" href={paths.area(assessment.id, index + 1)}>
            {t.assessment.next}
          </a>
        ) : (
          <a class="button primary" href={paths.summary(assessment.id)}>
            {t.assessment.toSummary}
          </a>
        )}
      </nav>
    </section>
  );
}
