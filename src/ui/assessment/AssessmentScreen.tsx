import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { openMeasuresByCriterion } from '../../domain/measures';
import { StatusLine } from '../components/StatusLine';
import { describeStorageProblem } from '../storage-messages';
import { countAnswered } from '../../domain/scoring';
import { isOpen, nextOpen, type MeetingAnswers, type OpenStatement } from '../../domain/meeting';
import { LightSymbol } from '../components/LightSymbol';
import type { Edition } from '../../domain/edition-schema';
import { inLanguage } from '../edition-language';
import { EditionLanguageNote } from '../components/EditionLanguageNote';
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
import { useAnswers, type AnswerFields, type FieldChange } from './use-answers';
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
        return (
          <AreaForm bundle={bundle} edition={inLanguage(bundle.edition)} areaIndex={areaIndex} />
        );
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

  // Whatever takes focus or is scrolled to stays below the sticky bar (a class
  // on the root, not html:has(): that would restyle the whole page on every tap).
  useEffect(() => {
    document.documentElement.classList.add('under-bar');
    return () => document.documentElement.classList.remove('under-bar');
  }, []);

  const meeting: MeetingAnswers = {
    ratingOf: (id) => answers.get(id)?.rating,
    isCarried: (id) => Boolean(answers.get(id)?.carried),
  };
  const latestMeeting = useRef(meeting);
  latestMeeting.current = meeting;
  const guide = useGuide(assessment.id, edition, index, latestMeeting);
  const onChange = useCallback(
    (criterionId: string, change: FieldChange) => {
      update(criterionId, change);
      if (change.rating) guide.rated(criterionId);
    },
    [update, guide],
  );

  if (!area) return null;
  const overall = countAnswered(edition.areas, meeting.ratingOf);
  const inArea = countAnswered([area], meeting.ratingOf);
  const saves = [...statuses.values()].reduce(
    (n, s) => (s.state === 'saved' ? Math.max(n, s.seq) : n),
    0,
  );
  const anyOpen = nextOpen(edition, meeting, { areaIndex: index }) !== null;

  return (
    <section aria-labelledby="screen-title" class="assessment">
      <div class="assessment-bar">
        <p class="bar-line">
          <span class="bar-club">{club.name}</span>
          <span class="bar-date">{fmt.date(assessment.date)}</span>
          <label class="bar-count" for="overall-progress">
            {t.assessment.progressShort(overall.answered, overall.total)}
            <span class="visually-hidden">{t.assessment.progressRest}</span>
          </label>
        </p>
        <progress id="overall-progress" max={overall.total} value={overall.answered} />
      </div>
      <p class="muted area-count">{t.assessment.areaOf(index + 1, edition.areas.length)}</p>
      <h1 id="screen-title" tabIndex={-1}>
        {area.title}
      </h1>
      {area.description && <p>{area.description}</p>}
      <EditionLanguageNote edition={edition} />
      <p class="muted">{t.assessment.progress(inArea.answered, inArea.total)}</p>
      <LightKey edition={edition} />
      {assessment.carriedFrom && (
        <p class="carried-intro">{t.assessment.carriedIntro(fmt.date(assessment.carriedFrom))}</p>
      )}
      <StatusLine status={status} />
      <ol class="criteria">
        {area.criteria.map((criterion) => (
          <CriterionCard
            key={criterion.id}
            edition={edition}
            criterion={criterion}
            fields={answers.get(criterion.id) ?? NO_FIELDS}
            carriedFrom={assessment.carriedFrom}
            status={statuses.get(criterion.id)}
            onChange={onChange}
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
      <nav class="area-steps" aria-label={t.assessment.areaNav}>
        {index > 0 ? (
          <a class="button" href={paths.area(assessment.id, index - 1)} rel="prev">
            {t.assessment.previousArea(edition.areas[index - 1]?.title ?? '')}
          </a>
        ) : (
          <a class="button" href={paths.club(club.id)}>
            {t.summary.backToClub}
          </a>
        )}
        {index < last && (
          <a class="button" href={paths.area(assessment.id, index + 1)} rel="next">
            {t.assessment.nextArea(edition.areas[index + 1]?.title ?? '')}
          </a>
        )}
      </nav>
      <div class="thumb-bar">
        <a class="button" href={paths.summary(assessment.id)}>
          {t.assessment.toSummary}
        </a>
        {anyOpen ? (
          <button type="button" class="button primary" onClick={() => guide.next()}>
            {t.assessment.nextOpen}
          </button>
        ) : (
          <a class="button primary" href={paths.summary(assessment.id)}>
            {t.assessment.allAnswered}
          </a>
        )}
      </div>
    </section>
  );
}

/** What each light means, in the edition's words, at the top of every area. */
function LightKey({ edition }: { edition: Edition }) {
  return (
    <dl class="light-key" aria-label={t.assessment.lightKey}>
      {edition.scale.ratings.map((r) => (
        <div key={r.id}>
          <dt>
            <LightSymbol rating={r.id} size={16} />
            {t.assessment.lightKeyTerm(r.label)}
          </dt>
          <dd>{r.meaning}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Moves the screen to a statement: scrolls it below the bar and puts focus on its lights. */
function showStatement(criterionId: string) {
  const card = document.getElementById(`c-${criterionId}`);
  if (!card) return false;
  card.scrollIntoView({ block: 'start', behavior: 'smooth' });
  const light =
    card.querySelector<HTMLInputElement>('.light-picker input:checked') ??
    card.querySelector<HTMLInputElement>('.light-picker input');
  light?.focus({ preventScroll: true });
  return true;
}

/** How long the group sees a finished area's last "gespeichert" before the next area opens. */
const LEAD_ON_MS = 700;

/**
 * Leads the group through the open statements: "next open statement" from
 * wherever they are, and on to the next area with open statements once the
 * last open one of this area got its light (unless they went on typing).
 */
function useGuide(
  assessmentId: string,
  edition: Edition,
  index: number,
  meeting: { current: MeetingAnswers },
) {
  const pending = useRef<{ criterionId: string } | null>(null);
  const stopLeadOn = useRef<() => void>(() => undefined);
  const here = useRef(index);
  here.current = index;
  // The statement the group was last at (its light or a field had focus):
  // "next open statement" moves on from there, even after the tap on the
  // button itself took the focus.
  const lastAt = useRef<{ areaIndex: number; criterionId: string } | null>(null);
  useEffect(() => {
    const track = (e: FocusEvent) => {
      const card = (e.target as Element | null)?.closest?.('.criterion');
      if (card?.id) lastAt.current = { areaIndex: here.current, criterionId: card.id.slice(2) };
    };
    document.addEventListener('focusin', track);
    return () => {
      document.removeEventListener('focusin', track);
      stopLeadOn.current();
    };
  }, []);
  // After a move to another area, the statement to show is there once it renders.
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    // Two frames: the shell first puts focus on the new area's heading.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => showStatement(target.criterionId));
    });
    return () => cancelAnimationFrame(frame);
  }, [index]);

  return useMemo(() => {
    const goTo = (target: OpenStatement | null) => {
      if (!target) {
        go(paths.summary(assessmentId));
        return;
      }
      if (target.areaIndex === here.current) {
        showStatement(target.criterionId);
        return;
      }
      pending.current = { criterionId: target.criterionId };
      go(paths.area(assessmentId, target.areaIndex));
    };
    return {
      /** "Next open statement": after the one that has focus, or from the top of the area. */
      next() {
        const at = lastAt.current?.areaIndex === here.current ? lastAt.current : null;
        goTo(
          nextOpen(edition, meeting.current, {
            areaIndex: here.current,
            ...(at ? { criterionId: at.criterionId } : {}),
          }),
        );
      },
      /**
       * A light was tapped. When that answered the last open statement of
       * this area, lead on after a moment, unless the group does anything
       * else first (another tap, a key, typing a note).
       */
      rated(criterionId: string) {
        stopLeadOn.current();
        const area = edition.areas[here.current];
        const state = meeting.current;
        // The screen's answers do not hold this tap yet: they show what was before.
        if (!area || !isOpen(state, criterionId)) return;
        if (area.criteria.some((c) => c.id !== criterionId && isOpen(state, c.id))) return;
        const from = here.current;
        const timer = window.setTimeout(() => {
          stopLeadOn.current();
          if (here.current !== from) return;
          goTo(nextOpen(edition, meeting.current, { areaIndex: from, criterionId }));
        }, LEAD_ON_MS);
        const stop = () => {
          clearTimeout(timer);
          document.removeEventListener('pointerdown', stop, true);
          document.removeEventListener('keydown', stop, true);
          stopLeadOn.current = () => undefined;
        };
        document.addEventListener('pointerdown', stop, true);
        document.addEventListener('keydown', stop, true);
        stopLeadOn.current = stop;
      },
    };
  }, [assessmentId, edition, meeting]);
}
