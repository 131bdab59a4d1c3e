import { useState } from 'preact/hooks';
import type { RatingId } from '../../domain/edition-schema';
import { countPassedPhone, readRound, type OpenRound } from '../../actions/round';
import { tf } from '../../locale';
import { go, paths } from '../paths';
import { LoadedAssessment, type CompleteBundle } from '../components/LoadedAssessment';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusLine } from '../components/StatusLine';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-query';
import { describeRoundProblem } from './round-words';
import { RoundRating } from './RoundRating';
import '../shared.css';
import './round.css';

/**
 * "Handy weitergeben": one phone for everyone. Each person rates in turn;
 * their lights are counted like a scanned code, then hidden before the phone
 * goes on, so the next person starts from empty lights.
 */
export function PassPhoneScreen({ assessmentId }: { assessmentId: string }) {
  return (
    <LoadedAssessment assessmentId={assessmentId}>
      {(bundle) => <Pass bundle={bundle} />}
    </LoadedAssessment>
  );
}

function Pass({ bundle }: { bundle: CompleteBundle }) {
  const id = bundle.assessment.id;
  const round = useLiveQuery(() => readRound(id), [id]);
  const words = tf().round;
  return (
    <section aria-labelledby="screen-title" class="round-screen">
      <ScreenHeading>{words.pass.heading}</ScreenHeading>
      <Loaded state={round}>
        {(open) =>
          open ? (
            <Turns bundle={bundle} round={open} />
          ) : (
            <p role="alert">
              {words.open.noRound} <a href={paths.round(id)}>{words.open.toRound}</a>
            </p>
          )
        }
      </Loaded>
    </section>
  );
}

function Turns({ bundle, round }: { bundle: CompleteBundle; round: OpenRound }) {
  const words = tf().round.pass;
  const [person, setPerson] = useState(1);
  const [ratings, setRatings] = useState<Readonly<Record<string, RatingId>>>({});
  const [covered, setCovered] = useState(false);
  const { busy, status, run } = useAction();
  const done = async () => {
    const lights = round.criterionIds.map((c) => ratings[c] ?? null);
    const outcome = await run(() => countPassedPhone(round, lights), {
      done: (counted) => words.covered(counted.people),
      failed: (problem) => describeRoundProblem(problem, 'typed'),
    });
    if (outcome?.ok) {
      // The lights leave the screen before the phone is handed on.
      setRatings({});
      setCovered(true);
      scrollTo(0, 0);
    }
  };
  const next = () => {
    setPerson((n) => n + 1);
    setCovered(false);
  };
  return (
    <>
      <p>{words.intro}</p>
      <StatusLine status={status} />
      {covered ? (
        <div class="round-cover">
          <button type="button" class="button primary" onClick={next}>
            {words.next}
          </button>
          <button
            type="button"
            class="button"
            onClick={() => go(paths.roundSpread(bundle.assessment.id))}
          >
            {words.finish}
          </button>
        </div>
      ) : (
        <>
          <h2>{words.person(person)}</h2>
          <RoundRating
            key={person}
            edition={bundle.edition}
            criterionIds={round.criterionIds}
            ratings={ratings}
            onRate={(c, rating) => setRatings((old) => ({ ...old, [c]: rating }))}
            prefix={`person-${person}`}
          />
          <p class="actions">
            <button
              type="button"
              class="button primary"
              disabled={busy !== null}
              onClick={() => void done()}
            >
              {words.done}
            </button>
          </p>
        </>
      )}
    </>
  );
}
