import { useState } from 'preact/hooks';
import { ratingLookup } from '../../domain/assessment';
import { countAnswered, summariseEdition, type RatingCounts } from '../../domain/scoring';
import { finishAssessment, reopenAssessment } from '../../actions/assessment';
import type { Outcome } from '../../actions/outcome';
import { fmt, t } from '../../locale';
import { go, paths } from '../paths';
import { LoadedAssessment } from '../components/LoadedAssessment';
import { AreaLightBadge } from '../components/AreaLightBadge';
import { LightSymbol } from '../components/LightSymbol';
import { ScreenHeading } from '../components/ScreenHeading';
import { describeStorageProblem } from '../storage-messages';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { EditionMoveCard } from './EditionMoveCard';
import '../shared.css';
import './summary.css';

const COUNT_ORDER = ['green', 'yellow', 'red', 'na'] as const;

/** The end of an assessment: a light per area with its counts, and finishing it. */
export function SummaryScreen({ assessmentId }: { assessmentId: string }) {
  const [version, setVersion] = useState(0);
  const { status, run, setStatus } = useAction();

  return (
    <LoadedAssessment assessmentId={assessmentId} version={version}>
      {(bundle) => {
        const { assessment, club, edition, answers } = bundle;
        const lookup = ratingLookup(answers);
        const summaries = summariseEdition(edition, lookup);
        const open = countAnswered(edition.areas, lookup);
        const draft = assessment.status === 'draft';
        const act = async (
          action: () => Promise<Outcome<void>>,
          message: string | null,
        ): Promise<boolean> => {
          const outcome = await run(action, {
            done: () => message,
            failed: describeStorageProblem,
          });
          if (outcome?.ok) setVersion((v) => v + 1);
          return outcome?.ok ?? false;
        };
        return (
          <section aria-labelledby="screen-title">
            <p class="club-name">
              {club.name} · {fmt.date(assessment.date)}
            </p>
            <ScreenHeading>{t.summary.heading}</ScreenHeading>
            <p>{t.summary.intro}</p>
            <StatusLine status={status} />
            {draft && (
              <EditionMoveCard
                assessment={assessment}
                edition={edition}
                answers={answers}
                measures={bundle.measures.filter((m) => m.assessmentId === assessment.id)}
                onMoved={(message) => {
                  setStatus({ kind: 'status', text: message });
                  setVersion((v) => v + 1);
                }}
              />
            )}
            {open.answered < open.total && (
              <p class="muted">{t.summary.unanswered(open.total - open.answered)}</p>
            )}
            <ul class="cards summary-list">
              {edition.areas.map((area, i) => {
                const s = summaries[i];
                if (!s) return null;
                return (
                  <li key={area.id} class="card area-summary">
                    <h2 class="card-title">{area.title}</h2>
                    <AreaLightBadge light={s.light} />
                    <Counts counts={s.counts} />
                    {draft && (
                      <a
                        class="text-link"
                        href={paths.area(assessment.id, i)}
                        aria-label={t.summary.editArea(area.title)}
                      >
                        {t.clubs.edit}
                      </a>
                    )}
                  </li>
                );
              })}
            </ul>
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
                  onClick={() => act(() => finishAssessment(assessment.id), t.summary.finished)}
                >
                  {t.summary.finish}
                </button>
              ) : (
                <a class="button primary" href={paths.share(assessment.id)}>
                  {t.entry.share}
                </a>
              )}
            </div>
          </section>
        );
      }}
    </LoadedAssessment>
  );
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
