import { useState } from 'preact/hooks';
import {
  countCode,
  countCodeFile,
  endRound,
  groupCode,
  joinCodeOf,
  readRound,
  startRound,
  type Counted,
  type OpenRound,
  type RoundCodeProblem,
} from '../../actions/round';
import type { Outcome } from '../../actions/outcome';
import { tf } from '../../locale';
import { go, paths } from '../paths';
import { LoadedAssessment, type CompleteBundle } from '../components/LoadedAssessment';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusLine } from '../components/StatusLine';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FilePicker } from '../components/FilePicker';
import { Loaded } from '../components/Loading';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-query';
import { describeStorageProblem } from '../storage-messages';
import { describeRoundProblem, type CodeSource } from './round-words';
import { QrCode } from './QrCode';
import { Scanner } from './Scanner';
import { TypedCode } from './TypedCode';
import '../shared.css';
import '../components/forms.css';
import './round.css';

/**
 * The moderator's screen of a round: on a draft without one, which areas go
 * into it and "Runde starten"; while it runs, the join code, collecting the
 * answer codes (camera, typed, file), the way to the other round screens, and
 * ending it.
 */
export function RoundScreen({ assessmentId }: { assessmentId: string }) {
  return (
    <LoadedAssessment assessmentId={assessmentId}>
      {(bundle) => <Round bundle={bundle} />}
    </LoadedAssessment>
  );
}

function Round({ bundle }: { bundle: CompleteBundle }) {
  const { assessment } = bundle;
  const round = useLiveQuery(() => readRound(assessment.id), [assessment.id]);
  const words = tf().round;
  return (
    <section aria-labelledby="screen-title" class="round-screen">
      <ScreenHeading>{words.start.heading}</ScreenHeading>
      <p class="club-name">{bundle.club.name}</p>
      <Loaded state={round}>
        {(open) =>
          open ? (
            <RunningRound bundle={bundle} round={open} />
          ) : assessment.status === 'done' ? (
            <p role="alert">{words.start.finished}</p>
          ) : (
            <StartRound bundle={bundle} />
          )
        }
      </Loaded>
      <p class="actions">
        <a class="button" href={paths.summary(assessment.id)}>
          {words.open.toSummary}
        </a>
      </p>
    </section>
  );
}

function StartRound({ bundle }: { bundle: CompleteBundle }) {
  const { edition, assessment } = bundle;
  const words = tf().round.start;
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(edition.areas.map((a) => a.id)),
  );
  const { busy, status, run, setStatus } = useAction();
  const toggle = (id: string, on: boolean) =>
    setChosen((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const start = (e: Event) => {
    e.preventDefault();
    const ids = edition.areas
      .filter((a) => chosen.has(a.id))
      .flatMap((a) => a.criteria.map((c) => c.id));
    if (ids.length === 0) {
      setStatus({ kind: 'alert', text: words.noneChosen });
      return;
    }
    void run(() => startRound(assessment.id, ids), {
      done: () => words.started,
      failed: describeStorageProblem,
    });
  };
  return (
    <form onSubmit={start} noValidate>
      <p>{words.intro}</p>
      <p class="hint">{words.privacy}</p>
      <fieldset class="round-areas">
        <legend>{words.areas}</legend>
        {edition.areas.map((area) => (
          <label key={area.id} class="field check">
            <input
              type="checkbox"
              checked={chosen.has(area.id)}
              onChange={(e) => toggle(area.id, e.currentTarget.checked)}
            />
            <span>{words.areaOption(area.title, area.criteria.length)}</span>
          </label>
        ))}
      </fieldset>
      <p class="actions">
        <button type="submit" class="button primary" disabled={busy !== null}>
          {words.start}
        </button>
      </p>
      <StatusLine status={status} />
    </form>
  );
}

function RunningRound({ bundle, round }: { bundle: CompleteBundle; round: OpenRound }) {
  const words = tf().round.open;
  const people = Object.keys(round.participants).length;
  const code = joinCodeOf(round, bundle.edition);
  const [ending, setEnding] = useState(false);
  const { status, run } = useAction();
  const end = () => {
    setEnding(false);
    void run(() => endRound(round), {
      done: () => words.ended,
      failed: describeStorageProblem,
    }).then((outcome) => {
      if (outcome?.ok) go(paths.roundSpread(bundle.assessment.id));
    });
  };
  return (
    <>
      <p class="round-count" role="status">
        <strong>{words.running(people)}</strong> {words.statements(round.criterionIds.length)}
      </p>
      <section aria-labelledby="round-join" class="round-panel">
        <h2 id="round-join">{words.joinHeading}</h2>
        <p>{words.joinHow}</p>
        <QrCode text={code} label={words.joinQr} />
        <p class="hint">{words.joinTyped}</p>
        <p class="typed-code" data-testid="join-code">
          <code>{groupCode(code)}</code>
        </p>
      </section>
      <Collect round={round} />
      <nav class="round-links" aria-label={words.heading}>
        <a class="button primary" href={paths.roundSpread(bundle.assessment.id)}>
          {words.toSpread}
        </a>
        <a class="button" href={paths.roundPass(bundle.assessment.id)}>
          {words.passPhone}
        </a>
        <p class="hint">{words.passPhoneHint}</p>
        <a class="button" href={paths.roundBig(bundle.assessment.id)}>
          {words.bigScreen}
        </a>
        <button type="button" class="button danger" onClick={() => setEnding(true)}>
          {words.end}
        </button>
      </nav>
      <StatusLine status={status} />
      {ending && (
        <ConfirmDialog
          title={words.endTitle}
          confirmLabel={words.end}
          onConfirm={end}
          onCancel={() => setEnding(false)}
        >
          <p>{words.endBody}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** Collecting answer codes: the camera on demand, a typed code, a file. */
function Collect({ round }: { round: OpenRound }) {
  const words = tf().round.open;
  const [scanning, setScanning] = useState(false);
  const { busy, status, run, setStatus } = useAction();
  const take = (action: () => Promise<Outcome<Counted, RoundCodeProblem>>, source: CodeSource) =>
    run(action, {
      done: (c) => (c.again ? words.countedAgain(c.people) : words.counted(c.people)),
      failed: (problem) => describeRoundProblem(problem, source),
    });

  // The camera stays on for the next person; the same code held still is
  // read again only after a pause, and then says it was counted already.
  const onScan = (text: string) => {
    void take(() => countCode(round, text), 'scan');
    return false;
  };

  return (
    <section aria-labelledby="round-collect" class="round-panel">
      <h2 id="round-collect">{words.collectHeading}</h2>
      <p>{words.collectHow}</p>
      {scanning ? (
        <Scanner onRead={onScan} />
      ) : (
        <p class="actions">
          <button type="button" class="button primary" onClick={() => setScanning(true)}>
            {tf().scan.start}
          </button>
        </p>
      )}
      <StatusLine status={status} />
      <TypedCode
        id="typed-answers"
        label={words.typedLabel}
        submitLabel={words.count}
        busy={busy !== null}
        onEmpty={() => setStatus({ kind: 'alert', text: words.typedEmpty })}
        onSubmit={async (code) => (await take(() => countCode(round, code), 'typed'))?.ok === true}
      />
      <FilePicker
        id="answers-file"
        label={words.fileLabel}
        hint={words.fileHint}
        onPick={async (files) => {
          for (const file of files) await take(() => countCodeFile(round, file), 'file');
        }}
      />
    </section>
  );
}
