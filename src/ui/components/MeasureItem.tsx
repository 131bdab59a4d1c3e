import type { Measure } from '../../domain/entities';
import type { StepSource } from '../../domain/measures';
import { fmt, t } from '../../locale';
import './measure-item.css';

interface Props {
  measure: Measure;
  done: boolean;
  overdue: boolean;
  onDone: (id: string, done: boolean) => void;
  /** The statement and meeting the step came from, where the list mixes them. */
  source?: StepSource;
}

/** One next step: what, who, by when, and a box to tick it off. Overdue is said in words. */
export function MeasureItem({ measure, done, overdue, onDone, source }: Props) {
  const id = `measure-${measure.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <li class={`measure${done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={done}
        onChange={(e) => onDone(measure.id, e.currentTarget.checked)}
        aria-describedby={source ? `${id}-meta ${id}-source` : `${id}-meta`}
      />
      <label for={id}>
        {measure.text}
        <span class="visually-hidden">{done ? ` (${t.measures.done})` : ''}</span>
      </label>
      <p id={`${id}-meta`} class="measure-meta">
        {overdue && <strong class="overdue-badge">! {t.measures.overdue}</strong>}
        {measure.who && <span>{t.measures.who(measure.who)}</span>}
        {measure.due && <span>{t.measures.due(fmt.date(measure.due))}</span>}
      </p>
      {source && (
        <p id={`${id}-source`} class="measure-source">
          {t.measures.source(source.meeting && fmt.date(source.meeting), source.statement)}
        </p>
      )}
    </li>
  );
}
