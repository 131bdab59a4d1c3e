import { useCallback, useMemo, useState } from 'preact/hooks';
import { lightLabels } from '../../domain/edition';
import type { Criterion, Edition, RatingId } from '../../domain/edition-schema';
import type { Measure } from '../../domain/entities';
import { LIMITS } from '../../domain/vocabulary';
import { fmt, t } from '../../locale';
import { LightPicker } from '../components/LightPicker';
import { pure } from '../components/pure';
import type { AnswerFields, Field, FieldChange, SaveStatus, StepFields } from './use-answers';
import { OpenSteps } from './OpenSteps';
import { RescueButton } from './RescueButton';
import type { ScreenEntries } from '../../domain/rescue';
import '../components/forms.css';
import './assessment.css';

interface Props {
  edition: Edition;
  criterion: Criterion;
  fields: AnswerFields;
  /** The meeting day carried lights came from, when the assessment started from one. */
  carriedFrom: string | undefined;
  status: SaveStatus | undefined;
  onChange: (criterionId: string, change: FieldChange) => void;
  onRetry: (criterionId: string) => void;
  /** An input took (true) or lost focus: while focused, another tab's change waits. */
  onFocus: (criterionId: string, field: Field, focused: boolean) => void;
  /** Everything on the screen, for an emergency backup after a failed write. */
  onScreen: () => ScreenEntries;
  /** Open next steps from earlier meetings for this criterion. */
  openSteps: readonly Measure[] | undefined;
  doneSteps: ReadonlySet<string>;
  onStepDone: (measureId: string, done: boolean) => void;
}

const NO_STEP: StepFields = { text: '', who: '', due: '' };

// The card's parts render again only when their own props change: a tap
// renders the lights and the save line of one card, not its text fields.
const Lights = pure(LightPicker);

/** One statement to rate: text, hint, the four lights, and an optional note and next step. */
export const CriterionCard = pure(function CriterionCard({
  edition,
  criterion,
  fields,
  carriedFrom,
  status,
  onChange,
  onRetry,
  onFocus,
  onScreen,
  openSteps,
  doneSteps,
  onStepDone,
}: Props) {
  const base = `c-${criterion.id}`;
  // Open when there is something to read; after that the user decides, and
  // clearing a note never closes the box under their fingers.
  const [openAtStart] = useState(() => Boolean(fields.note || fields.step));
  const labels = useMemo(() => lightLabels(edition), [edition]);
  const onRating = useCallback(
    (rating: RatingId) => onChange(criterion.id, { rating }),
    [onChange, criterion.id],
  );
  const retry = useCallback(() => onRetry(criterion.id), [onRetry, criterion.id]);
  const dimensions = criterion.dimensions.flatMap((d) => {
    const found = edition.dimensions.find((x) => x.id === d);
    return found
      ? [{ label: found.label, tag: ('short' in found && found.short) || found.label }]
      : [];
  });
  const carried = Boolean(fields.carried && fields.rating && carriedFrom);
  return (
    <li class={carried ? 'criterion carried' : 'criterion'} id={base}>
      <p class="criterion-text" id={`${base}-text`}>
        {criterion.text}
      </p>
      {criterion.hint && <p class="hint">{criterion.hint}</p>}
      {dimensions.length > 0 && (
        <p class="tags">
          <span class="visually-hidden">
            {t.assessment.concerns(dimensions.map((d) => d.label))}
          </span>
          {dimensions.map((d) => (
            <span key={d.label} class="tag" aria-hidden="true">
              {d.tag}
            </span>
          ))}
        </p>
      )}
      <Lights
        name={base}
        labelledBy={`${base}-text`}
        describedBy={carried ? `${base}-carried` : undefined}
        value={fields.rating}
        labels={labels}
        confirmable={carried}
        onChange={onRating}
      />
      {carried && carriedFrom && (
        <p class="carried-mark" id={`${base}-carried`}>
          {t.assessment.carriedMark(fmt.date(carriedFrom))}
        </p>
      )}
      {openSteps && openSteps.length > 0 && (
        <OpenSteps steps={openSteps} done={doneSteps} onDone={onStepDone} />
      )}
      <Details
        base={base}
        criterionId={criterion.id}
        open={openAtStart}
        note={fields.note}
        step={fields.step}
        onChange={onChange}
        onFocus={onFocus}
      />
      <SaveLine status={status} onRetry={retry} onScreen={onScreen} />
    </li>
  );
});

/** A criterion's note and next step, behind a disclosure. */
const Details = pure(function Details({
  base,
  criterionId,
  open,
  note,
  step = NO_STEP,
  onChange,
  onFocus,
}: {
  base: string;
  criterionId: string;
  open: boolean;
  note: string | undefined;
  step: StepFields | undefined;
  onChange: Props['onChange'];
  onFocus: Props['onFocus'];
}) {
  // Focus and blur of each text field, so the screen knows which field the user is typing in.
  const tracking = (field: Field) => ({
    onFocus: () => onFocus(criterionId, field, true),
    onBlur: () => onFocus(criterionId, field, false),
  });
  return (
    <details class="details" open={open}>
      <summary>{t.assessment.addDetails}</summary>
      <div class="field">
        <label for={`${base}-note`}>{t.assessment.note}</label>
        <textarea
          id={`${base}-note`}
          rows={2}
          maxLength={LIMITS.note}
          value={note ?? ''}
          onInput={(e) => onChange(criterionId, { note: e.currentTarget.value })}
          {...tracking('note')}
        />
      </div>
      <fieldset class="step">
        <legend>{t.assessment.nextStep}</legend>
        <div class="field">
          <label for={`${base}-step`}>{t.assessment.stepText}</label>
          <textarea
            id={`${base}-step`}
            rows={2}
            maxLength={LIMITS.nextStep}
            aria-describedby={`${base}-step-hint`}
            value={step.text}
            onInput={(e) => onChange(criterionId, { text: e.currentTarget.value })}
            {...tracking('text')}
          />
          <p id={`${base}-step-hint`} class="hint">
            {t.assessment.nextStepHint}
          </p>
        </div>
        <div class="step-row">
          <div class="field">
            <label for={`${base}-who`}>{t.assessment.stepWho}</label>
            <input
              id={`${base}-who`}
              type="text"
              maxLength={LIMITS.who}
              value={step.who}
              onInput={(e) => onChange(criterionId, { who: e.currentTarget.value })}
              {...tracking('who')}
            />
          </div>
          <div class="field">
            <label for={`${base}-due`}>{t.assessment.stepDue}</label>
            <input
              id={`${base}-due`}
              type="date"
              value={step.due}
              onInput={(e) => onChange(criterionId, { due: e.currentTarget.value })}
              {...tracking('due')}
            />
          </div>
        </div>
      </fieldset>
    </details>
  );
});

function SaveLine({
  status,
  onRetry,
  onScreen,
}: {
  status: SaveStatus | undefined;
  onRetry: () => void;
  onScreen: () => ScreenEntries;
}) {
  if (!status) return null;
  if (status.state === 'error') {
    // A failed write in Chromium often means a full disk, even when it is not
    // named so, and the browser may delete the database moments later: a copy
    // of everything, with what is on screen, is offered with every failure.
    return (
      <div class="save-error" data-save-state="error" data-save-seq={status.seq}>
        <p role="alert">{status.message}</p>
        <RescueButton screen={onScreen} />
        <button type="button" class="button" onClick={onRetry}>
          {t.storage.retry}
        </button>
      </div>
    );
  }
  return (
    <p
      class={`save-status ${status.state}`}
      data-save-state={status.state}
      data-save-seq={status.seq}
    >
      {status.state === 'saving' ? t.assessment.saving : `✓ ${t.assessment.saved}`}
    </p>
  );
}
