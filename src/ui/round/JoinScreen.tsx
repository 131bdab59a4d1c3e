import { useState } from 'preact/hooks';
import type { RatingId } from '../../domain/edition-schema';
import {
  answerCodeOf,
  groupCode,
  newParticipantId,
  readJoinCode,
  shareAnswerCode,
  type Joined,
} from '../../actions/round';
import { tf } from '../../locale';
import { go, paths } from '../paths';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusLine } from '../components/StatusLine';
import { useAction } from '../hooks/use-action';
import { describeRoundProblem, type CodeSource } from './round-words';
import { QrCode } from './QrCode';
import { Scanner } from './Scanner';
import { TypedCode } from './TypedCode';
import { RoundRating } from './RoundRating';
import { inLanguage } from '../edition-language';
import { EditionLanguageNote } from '../components/EditionLanguageNote';
import '../shared.css';
import '../components/forms.css';
import './round.css';

/** Where a participant is: reading the join code, rating, showing their code. */
type Step =
  | { kind: 'join' }
  | { kind: 'rate'; joined: Joined; participant: string }
  | { kind: 'code'; joined: Joined; participant: string; code: string };

/**
 * Taking part in a round on one's own phone: read the join code (camera or
 * typed), rate the round's statements privately, show the answers as a code.
 * Everything lives in this screen's memory only: leaving the screen leaves
 * nothing of the round on the phone.
 */
export function JoinScreen() {
  const words = tf().round.join;
  const [step, setStep] = useState<Step>({ kind: 'join' });
  const [ratings, setRatings] = useState<Readonly<Record<string, RatingId>>>({});
  const leave = () => {
    setRatings({});
    setStep({ kind: 'join' });
    go(paths.home());
  };
  return (
    <section aria-labelledby="screen-title" class="round-screen">
      <ScreenHeading>{words.heading}</ScreenHeading>
      {step.kind === 'join' && (
        <ReadJoin
          onJoined={(joined) => {
            setRatings({});
            setStep({ kind: 'rate', joined, participant: newParticipantId() });
          }}
        />
      )}
      {step.kind === 'rate' && (
        <Rate
          joined={step.joined}
          ratings={ratings}
          onRate={(id, rating) => setRatings((old) => ({ ...old, [id]: rating }))}
          onDone={() => {
            const lights = step.joined.criterionIds.map((id) => ratings[id] ?? null);
            const code = answerCodeOf(step.joined.join, step.participant, lights);
            setStep({ ...step, kind: 'code', code });
          }}
        />
      )}
      {step.kind === 'code' && (
        <ShowCode
          code={step.code}
          onChange={() =>
            setStep({ kind: 'rate', joined: step.joined, participant: step.participant })
          }
        />
      )}
      <p class="hint">{words.keepsNothing}</p>
      <p class="actions">
        <button type="button" class="button" onClick={leave}>
          {step.kind === 'code' ? words.done : words.cancel}
        </button>
      </p>
    </section>
  );
}

function ReadJoin({ onJoined }: { onJoined: (joined: Joined) => void }) {
  const words = tf().round.join;
  const { busy, status, run, setStatus } = useAction();
  const tryCode = async (text: string, source: CodeSource) => {
    const outcome = await run(() => readJoinCode(text), {
      failed: (problem) => describeRoundProblem(problem, source),
    });
    if (outcome?.ok) onJoined(outcome.value);
    return outcome?.ok === true;
  };
  const onScan = (text: string) => {
    void tryCode(text, 'scan');
    return false;
  };
  return (
    <>
      <p>{words.intro}</p>
      <Scanner onRead={onScan} />
      <StatusLine status={status} />
      <TypedCode
        id="typed-join"
        label={words.typedLabel}
        submitLabel={words.go}
        busy={busy !== null}
        onEmpty={() => setStatus({ kind: 'alert', text: tf().round.open.typedEmpty })}
        onSubmit={(code) => tryCode(code, 'typed')}
      />
    </>
  );
}

function Rate({
  joined,
  ratings,
  onRate,
  onDone,
}: {
  joined: Joined;
  ratings: Readonly<Record<string, RatingId>>;
  onRate: (criterionId: string, rating: RatingId) => void;
  onDone: () => void;
}) {
  const words = tf().round.join;
  const total = joined.criterionIds.length;
  const done = joined.criterionIds.filter((id) => ratings[id]).length;
  return (
    <>
      <h2>{words.rateHeading}</h2>
      <p>{words.rateIntro}</p>
      <EditionLanguageNote edition={joined.edition} />
      <RoundRating
        edition={inLanguage(joined.edition)}
        criterionIds={joined.criterionIds}
        ratings={ratings}
        onRate={onRate}
        prefix="join"
      />
      <div class="round-done">
        <p role="status">{words.progress(done, total)}</p>
        {done < total && <p class="hint">{words.openLeft(total - done)}</p>}
        <button type="button" class="button primary" onClick={onDone}>
          {words.showCode}
        </button>
      </div>
    </>
  );
}

function ShowCode({ code, onChange }: { code: string; onChange: () => void }) {
  const words = tf().round.join;
  const { status, run } = useAction();
  const share = () =>
    run(() => shareAnswerCode(code, words.answerQr), {
      done: (delivery) =>
        delivery === 'shared' ? words.shared : delivery === 'downloaded' ? words.saved : null,
      failed: () => words.shareFailed,
    });
  return (
    <section aria-labelledby="answer-code" class="round-panel">
      <h2 id="answer-code">{words.codeHeading}</h2>
      <p>{words.codeHow}</p>
      <QrCode text={code} label={words.answerQr} />
      <p class="hint">{words.typed}</p>
      <p class="typed-code" data-testid="answer-code">
        <code>{groupCode(code)}</code>
      </p>
      <p class="actions">
        <button type="button" class="button" onClick={() => void share()}>
          {words.shareFile}
        </button>
        <button type="button" class="button" onClick={onChange}>
          {words.change}
        </button>
      </p>
      <StatusLine status={status} />
    </section>
  );
}
