import { useState } from 'preact/hooks';
import { ratingLookup } from '../../domain/assessment';
import { type RatingCounts, summariseEdition } from '../../domain/scoring';
import {
  areaStates,
  openStatements,
  type AreaState,
  type MeetingAnswers,
} from '../../domain/meeting';
import { finishAssessment, reopenAssessment } from '../../actions/assessment';
import type { Outcome } from '../../actions/outcome';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { LoadedAssessment, type CompleteBundle } from '../components/LoadedAssessment';
import { AreaLightBadge } from '../components/AreaLightBadge';
import { LightSymbol } from '../components/LightSymbol';
import { ScreenHeading } from '../components/ScreenHeading';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { describeStorageProblem } from '../storage-messages';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { InstallHint } from '../components/InstallHint';
import { EditionMoveCard } from './EditionMoveCard';
import { IdeasSection } from './IdeasSection';
import '../shared.css';
import './summary.css';

const COUNT_ORDER = ['green', 'yellow', 'red', 'na'] as const;

/**
 * The Übersicht of an assessment: a task list of the areas (each with its
 * state and light, one tap away), what is still open, and finishing, which
 * asks first while statements are open or carried lights unconfirmed.
 */
export function SummaryScreen({ assessmentId }: { assessmentId: string }) {
  const [version, setVersion] = useState(0);
  return (
    <LoadedAssessment assessmentId={assessmentId} version={version}>
      {(bundle) => <Summary bundle={bundle} onChanged={() => setVersion((v) => v + 1)} />}
    </LoadedAssessment>
  );
}

function Summary({ bundle, onChanged }: { bundle: CompleteBundle; onChanged: () => void }) {
  const { status, run, setStatus } = useAction();
  const [asking, setAsking] = useState(false);
  const { assessment, club, edition, answers } = bundle;
  const lookup = ratingLookup(answers);
  const carried = new Set(answers.filter((a) => a.carried && a.rating).map((a) => a.criterionId));
  const meeting: MeetingAnswers = { ratingOf: lookup, isCarried: (id) => carried.has(id) };
  const summaries = summariseEdition(edition, lookup);
  const states = areaStates(edition, meeting);
  const open = openStatements(edition, meeting);
  const unanswered = open.filter((s) => !s.carried);
  const unconfirmed = open.filter((s) => s.carried);
  const draft = assessment.status === 'draft';
  const first = open[0];

  const act = async (action: () => Promise<Outcome<void>>, message: string | null) => {
    const outcome = await run(action, { done: () => message, failed: describeStorageProblem });
    if (outcome?.ok) onChanged();
    return outcome?.ok ?? false;
  };
  const finish = () => {
    setAsking(false);
    void act(() => finishAssessment(assessment.id), t.summary.finished);
  };

  return (
    <section aria-labelledby="screen-title">
      <p class="club-name">
        {club.name} · {fmt.date(assessment.date)}
      </p>
      <ScreenHeading>{t.summary.heading}</ScreenHeading>
      <p>{t.summary.intro}</p>
      <StatusLine status={status} />
      {/* Where finishing lands: the moment the app has proved useful. */}
      {!draft && <InstallHint />}
      {draft && (
        <EditionMoveCard
          assessment={assessment}
          edition={edition}
          answers={answers}
          measures={bundle.measures.filter((m) => m.assessmentId === assessment.id)}
          onMoved={(message) => {
            setStatus({ kind: 'status', text: message });
            onChanged();
          }}
        />
      )}
      {assessment.carriedFrom && (
        <p class="muted" data-testid="carried-count">
          {t.summary.carried(
            fmt.date(assessment.carriedFrom),
            states.reduce((n, s) => n + s.done, 0),
            unconfirmed.length,
          )}
        </p>
      )}
      {draft && first && (
        <div class="card open-summary">
          <p>{t.summary.stillOpen(unanswered.length, unconfirmed.length)}</p>
          <a class="button" href={paths.area(assessment.id, first.areaIndex)}>
            {t.summary.toFirstOpen}
          </a>
        </div>
      )}
      <ol class="task-list" aria-label={t.summary.areas}>
        {states.map((state) => {
          const summary = summaries[state.index];
          return (
            <li key={state.areaId} class="card area-summary">
              <h2 class="card-title">
                {draft ? (
                  <a href={paths.area(assessment.id, state.index)}>{state.title}</a>
                ) : (
                  state.title
                )}
              </h2>
              <AreaLightBadge light={state.light} />
              <p class={`task-state ${state.status}`}>{stateWords(state)}</p>
              {summary && <Counts counts={summary.counts} />}
            </li>
          );
        })}
      </ol>
      {draft && (
        <section class="card round-entry" aria-labelledby="round-entry">
          <h2 id="round-entry" class="card-title">
            {t.summary.round}
          </h2>
          <p>{t.summary.roundHint}</p>
          <p class="actions">
            <a class="button" href={paths.round(assessment.id)}>
              {t.summary.roundStart}
            </a>
            {assessment.spread && (
              <a class="button" href={paths.roundSpread(assessment.id)}>
                {t.summary.roundResult}
              </a>
            )}
          </p>
        </section>
      )}
      <IdeasSection
        assessmentId={assessment.id}
        edition={edition}
        ratingOf={lookup}
        steps={bundle.measures.filter((m) => m.assessmentId === assessment.id)}
        draft={draft}
        onChanged={onChanged}
      />
      {!draft && (
        <p>
          <button
            type="button"
            class="button"
            onClick={() =>
              act(() => reopenAssessment(assessment.id), null).then(
                (ok) => ok && go(paths.area(assessment.id, 0)),
              )
            }
          >
            {t.summary.reopen}
          </button>
        </p>
      )}
      <div class="thumb-bar">
        <a class="button" href={paths.club(club.id)}>
          {t.summary.backToClub}
        </a>
        {draft ? (
          <button
            type="button"
            class="button primary"
            onClick={() => (open.length > 0 ? setAsking(true) : finish())}
          >
            {t.summary.finish}
          </button>
        ) : (
          <a class="button primary" href={paths.share(assessment.id)}>
            {t.entry.share}
          </a>
        )}
      </div>
      {asking && first && (
        <ConfirmDialog
          title={t.summary.askTitle}
          confirmLabel={t.summary.finishAnyway}
          tone="primary"
          onConfirm={finish}
          onCancel={() => setAsking(false)}
        >
          <p>{t.summary.stillOpen(unanswered.length, unconfirmed.length)}</p>
          <ul class="open-list">
            {open.map((s) => (
              <li key={s.criterionId}>
                {s.text}
                {s.carried && <span class="muted"> ({t.summary.notConfirmed})</span>}
              </li>
            ))}
          </ul>
          <p>
            <a
              class="button"
              href={paths.area(assessment.id, first.areaIndex)}
              onClick={() => setAsking(false)}
            >
              {t.summary.toFirstOpen}
            </a>
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function stateWords(state: AreaState): string {
  if (state.status === 'done') return t.summary.areaDone;
  if (state.status === 'not-started' && state.unconfirmed === 0) return t.summary.areaNotStarted;
  return t.summary.areaProgress(state.done, state.total, state.unconfirmed);
}

function Counts({ counts }: { counts: RatingCounts }) {
  return (
    <dl class="counts">
      {COUNT_ORDER.map((r) => (
        <div key={r} class="count">
          <dt>
            <LightSymbol rating={r} size={18} />
            <span>{t.ratings[r]}</span>
          </dt>
          <dd>{counts[r]}</dd>
        </div>
      ))}
      {counts.unanswered > 0 && (
        <div class="count">
          <dt>
            <LightSymbol rating="none" size={18} />
            <span>{t.ratings.unanswered}</span>
          </dt>
          <dd>{counts.unanswered}</dd>
        </div>
      )}
    </dl>
  );
}
