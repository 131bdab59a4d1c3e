import type { Edition, RatingId } from '../../domain/edition-schema';
import type { Measure } from '../../domain/entities';
import { ideasOf } from '../../domain/edition';
import { measureId } from '../../domain/measures';
import { LIMITS } from '../../domain/vocabulary';
import { saveStep } from '../../actions/assessment';
import { fmt, t } from '../../locale';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { LightSymbol } from '../components/LightSymbol';
import { describeStorageProblem } from '../storage-messages';
import '../components/forms.css';
import './ideas.css';

interface Props {
  assessmentId: string;
  edition: Edition;
  ratingOf: (criterionId: string) => RatingId | undefined;
  /** The next steps written in this assessment. */
  steps: readonly Measure[];
  /** Steps can be taken over only while the assessment is a draft. */
  draft: boolean;
  onChanged: () => void;
}

/**
 * From light to action: the red and yellow statements, red first, each with
 * the edition's ideas for a first step. One tap makes an idea the statement's
 * next step; who and by when can follow right there.
 */
export function IdeasSection({ assessmentId, edition, ratingOf, steps, draft, onChanged }: Props) {
  const { busy, status, run } = useAction();
  const byId = new Map(steps.map((m) => [m.id, m]));
  const rows = (['red', 'yellow'] as const).flatMap((light) =>
    edition.areas.flatMap((area) =>
      area.criteria
        .filter((c) => ratingOf(c.id) === light)
        .map((c) => ({ criterion: c, light, step: byId.get(measureId(assessmentId, c.id)) })),
    ),
  );
  if (rows.length === 0) return null;
  const save = (criterionId: string, change: { text?: string; who?: string; due?: string }) =>
    run(() => saveStep({ assessmentId, criterionId, ...change }), {
      done: () => (change.text ? t.ideas.taken : null),
      failed: describeStorageProblem,
    }).then((outcome) => {
      if (outcome?.ok) onChanged();
    });

  return (
    <section class="ideas" aria-labelledby="ideas-title">
      <h2 id="ideas-title">{t.ideas.heading}</h2>
      <p>{draft ? t.ideas.intro : t.ideas.introFinished}</p>
      <StatusLine status={status} />
      <ul class="ideas-list">
        {rows.map(({ criterion, light, step }) => {
          const base = `idea-${criterion.id}`;
          const ideas = ideasOf(criterion);
          return (
            <li key={criterion.id} class="card idea-card">
              <p class="idea-statement" id={`${base}-text`}>
                <LightSymbol rating={light} size={18} />
                <span class="visually-hidden">{t.ratings[light]}: </span>
                {criterion.text}
              </p>
              {step ? (
                <StepHere
                  base={base}
                  step={step}
                  draft={draft}
                  onSave={(change) => save(criterion.id, change)}
                />
              ) : ideas.length === 0 ? (
                <p class="muted">{t.ideas.none}</p>
              ) : (
                <ul class="idea-options">
                  {ideas.map((idea, i) => (
                    <li key={idea}>
                      <p id={`${base}-${i}`}>{idea}</p>
                      {draft && (
                        <button
                          type="button"
                          class="button"
                          disabled={busy !== null}
                          aria-describedby={`${base}-${i} ${base}-text`}
                          onClick={() =>
                            save(criterion.id, { text: idea.slice(0, LIMITS.nextStep) })
                          }
                        >
                          {t.ideas.take}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The statement's next step, with who and by when to fill in where the group sits. */
function StepHere({
  base,
  step,
  draft,
  onSave,
}: {
  base: string;
  step: Measure;
  draft: boolean;
  onSave: (change: { who?: string; due?: string }) => void;
}) {
  return (
    <div class="idea-step">
      <p>
        <strong>{t.ideas.step}</strong> {step.text}
        {!draft && step.who && ` · ${t.measures.who(step.who)}`}
        {!draft && step.due && ` · ${t.measures.due(fmt.date(step.due))}`}
      </p>
      {draft && (
        <div class="step-row">
          <div class="field">
            <label for={`${base}-who`}>{t.assessment.stepWho}</label>
            <input
              id={`${base}-who`}
              type="text"
              maxLength={LIMITS.who}
              defaultValue={step.who ?? ''}
              onChange={(e) => onSave({ who: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for={`${base}-due`}>{t.assessment.stepDue}</label>
            <input
              id={`${base}-due`}
              type="date"
              defaultValue={step.due ?? ''}
              onChange={(e) => onSave({ due: e.currentTarget.value })}
            />
          </div>
        </div>
      )}
    </div>
  );
}
