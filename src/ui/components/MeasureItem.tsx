import type { Measure } from '../../domain/entities';
import { fmt, t } from '../../locale';
import './measure-item.css';

interface Props {
  measure: Measure;
  done: boolean;
  overdue: boolean;
  onDone: (id: string, done: boolean) => void;
}

/** One next step: what, who, by when, and a box to tick it off. Overdue is said in words. */
export function MeasureItem({ measure, done, overdue, onDone }: Props) {
  const id = `measure-${measure.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;
  return (
    <li class={`measure${done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={done}
        onChange={(e) => onDone(measure.id, e.currentTarget.checked)}
        aria-describedby={`${id}-meta`}
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
    </li>
  );
}
