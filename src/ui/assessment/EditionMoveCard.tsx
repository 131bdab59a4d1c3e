import { useState } from 'preact/hooks';
import { editionKey } from '../../domain/assessment';
import { planMove } from '../../domain/edition-move';
import type { Edition } from '../../domain/edition-schema';
import type { Answer, Assessment, Measure } from '../../domain/entities';
import { moveToEdition, readDefaultEdition } from '../../actions/assessment';
import { t } from '../../locale';
import { useOnce } from '../hooks/use-query';
import { useAction } from '../hooks/use-action';
import { StatusLine } from '../components/StatusLine';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { describeStorageProblem } from '../storage-messages';
import './summary.css';

const msg = () => t.move;

interface Props {
  assessment: Assessment;
  edition: Edition;
  answers: readonly Answer[];
  /** The next steps written in this draft. */
  measures: readonly Measure[];
  onMoved: (message: string) => void;
}

/**
 * On a draft made with another edition than the one new assessments use:
 * what moving it would carry over and what not, and the move itself.
 */
export function EditionMoveCard({ assessment, edition, answers, measures, onMoved }: Props) {
  const target = useOnce(readDefaultEdition, []);
  const [asking, setAsking] = useState(false);
  const { busy, status, run } = useAction();
  if (target.status !== 'ready') return null;
  const to = target.value;
  if (editionKey(to.id, to.version) === editionKey(edition.id, edition.version)) return null;
  const plan = planMove(answers, edition, to, measures);
  const losses = plan.dropped.length + plan.detached.length;
  const answered = plan.carried.filter((a) => a.rating !== undefined || a.note).length;

  const move = async () => {
    setAsking(false);
    const moved = await run(() => moveToEdition(assessment.id, to), {
      failed: describeStorageProblem,
    });
    if (moved?.ok) onMoved(msg().done(to.version));
  };

  return (
    <section class="card edition-move" aria-labelledby="move-title">
      <h2 id="move-title" class="card-title">
        {msg().heading}
      </h2>
      <p>{msg().intro(to.title, to.version, edition.version)}</p>
      <p>{msg().carried(answered)}</p>
      {plan.dropped.length > 0 ? (
        <>
          <p>{msg().dropped}</p>
          <ul>
            {plan.dropped.map(({ answer, text }) => (
              <li key={answer.criterionId}>
                {text}
                {answer.rating && ` (${t.ratings[answer.rating]})`}
                {answer.note && ` – ${t.assessment.note}: ${answer.note}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{msg().noneDropped}</p>
      )}
      {plan.detached.length > 0 && (
        <>
          <p>{msg().detached}</p>
          <ul>
            {plan.detached.map(({ measure, text }) => (
              <li key={measure.id}>
                {measure.text} ({text})
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusLine status={status} />
      <button
        type="button"
        class="button"
        disabled={busy !== null}
        onClick={() => (losses > 0 ? setAsking(true) : move())}
      >
        {msg().action(to.version)}
      </button>
      {asking && (
        <ConfirmDialog
          title={msg().confirmTitle(to.version)}
          confirmLabel={msg().action(to.version)}
          onConfirm={move}
          onCancel={() => setAsking(false)}
        >
          <p>{msg().confirmBody(plan.dropped.length, plan.detached.length)}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
