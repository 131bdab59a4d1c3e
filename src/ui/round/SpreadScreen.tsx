import { useMemo } from 'preact/hooks';
import { lightLabels } from '../../domain/edition';
import type { RatingId } from '../../domain/edition-schema';
import { ratingLookup } from '../../domain/assessment';
import {
  answersIn,
  isDisputed,
  isUnanimous,
  majorityOf,
  spreadItems,
  type SpreadItem,
} from '../../domain/round';
import { saveAnswer } from '../../actions/assessment';
import type { Outcome } from '../../actions/outcome';
import { tf } from '../../locale';
import { paths } from '../paths';
import { LoadedAssessment, type CompleteBundle } from '../components/LoadedAssessment';
import { Disclosure } from '../components/Disclosure';
import { LightPicker } from '../components/LightPicker';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusLine } from '../components/StatusLine';
import { useAction } from '../hooks/use-action';
import { describeStorageProblem } from '../storage-messages';
import { SpreadBars } from './SpreadBars';
import '../shared.css';
import '../assessment/assessment.css';
import './round.css';

/**
 * The result of a round: per statement how many chose each light, the
 * statements the group sees differently first, and the group's light, one tap
 * that is saved at once like every tap of an assessment. Follows the database,
 * so answers counted on the round screen (or in another tab) show up here.
 */
export function SpreadScreen({ assessmentId }: { assessmentId: string }) {
  return (
    <LoadedAssessment assessmentId={assessmentId} live>
      {(bundle) => <Spread bundle={bundle} />}
    </LoadedAssessment>
  );
}

function Spread({ bundle }: { bundle: CompleteBundle }) {
  const words = tf().round.spread;
  const { assessment, edition, answers } = bundle;
  const draft = assessment.status === 'draft';
  const items = useMemo(
    () => spreadItems(edition, assessment.spread),
    [edition, assessment.spread],
  );
  const ratingOf = ratingLookup(answers);
  const carried = new Set(answers.filter((a) => a.carried).map((a) => a.criterionId));
  const labels = useMemo(() => lightLabels(edition), [edition]);
  const { busy, status, run } = useAction();
  const agree = (criterionId: string, rating: RatingId) =>
    run(() => saveAnswer({ assessmentId: assessment.id, criterionId, rating }), {
      done: () => words.saved,
      failed: describeStorageProblem,
    });

  const disputed = items.filter((i) => isDisputed(i.spread));
  const unanimous = items.filter((i) => isUnanimous(i.spread));
  const empty = items.filter((i) => answersIn(i.spread) === 0);
  // One tap for all statements everyone rated alike that have no light of the group yet.
  const adoptable = unanimous.filter(
    (i) => ratingOf(i.criterion.id) === undefined || carried.has(i.criterion.id),
  );
  const adoptAll = () =>
    run(
      async (): Promise<Outcome<number>> => {
        for (const i of adoptable) {
          const rating = majorityOf(i.spread);
          if (!rating) continue;
          const saved = await saveAnswer({
            assessmentId: assessment.id,
            criterionId: i.criterion.id,
            rating,
          });
          if (!saved.ok) return saved;
        }
        return { ok: true, value: adoptable.length };
      },
      { done: (n) => words.tookUnanimous(n), failed: describeStorageProblem },
    );

  const list = (shown: readonly SpreadItem[]) => (
    <ol class="criteria spread-list">
      {shown.map((item) => {
        const base = `s-${item.criterion.id}`;
        return (
          <li key={item.criterion.id} class="criterion" id={base}>
            <p class="area-tag">{item.area.title}</p>
            <p class="criterion-text" id={`${base}-text`}>
              {item.criterion.text}
            </p>
            <SpreadBars spread={item.spread} labels={labels} />
            {draft && (
              <>
                <p class="agreed-label" id={`${base}-agreed`}>
                  {words.agreed}
                </p>
                <LightPicker
                  name={`${base}-light`}
                  labelledBy={`${base}-agreed`}
                  describedBy={`${base}-text`}
                  value={ratingOf(item.criterion.id)}
                  confirmable={carried.has(item.criterion.id)}
                  labels={labels}
                  onChange={(rating) => void agree(item.criterion.id, rating)}
                />
              </>
            )}
          </li>
        );
      })}
    </ol>
  );

  return (
    <section aria-labelledby="screen-title" class="round-screen">
      <ScreenHeading>{words.heading}</ScreenHeading>
      <p class="club-name">{bundle.club.name}</p>
      <StatusLine status={status} />
      {items.length === 0 || items.length === empty.length ? <p>{words.none}</p> : null}
      {disputed.length > 0 && (
        <section aria-labelledby="spread-disputed">
          <h2 id="spread-disputed">{words.disputed}</h2>
          <p>{words.disputedIntro}</p>
          {list(disputed)}
        </section>
      )}
      {unanimous.length > 0 && (
        <section aria-labelledby="spread-unanimous">
          <h2 id="spread-unanimous">{words.unanimous}</h2>
          <p>{words.unanimousIntro}</p>
          {draft && adoptable.length > 0 && (
            <p class="actions">
              <button
                type="button"
                class="button primary"
                disabled={busy !== null}
                onClick={() => void adoptAll()}
              >
                {words.takeUnanimous(adoptable.length)}
              </button>
            </p>
          )}
          {list(unanimous)}
        </section>
      )}
      {empty.length > 0 && items.length > empty.length && (
        <Disclosure summary={words.empty(empty.length)}>
          {() => (
            <ul class="spread-empty">
              {empty.map((i) => (
                <li key={i.criterion.id}>{i.criterion.text}</li>
              ))}
            </ul>
          )}
        </Disclosure>
      )}
      <p class="actions">
        <a class="button" href={paths.round(assessment.id)}>
          {words.toRound}
        </a>
        <a class="button" href={paths.roundBig(assessment.id)}>
          {words.toBigScreen}
        </a>
      </p>
    </section>
  );
}
