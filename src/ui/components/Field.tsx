import type { ComponentChildren } from 'preact';
import './forms.css';

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Read the error out at once (for a form with no summary message of its own). */
  announce?: boolean;
  /** Renders the control with the ids and states that tie it to this field. */
  children: (control: FieldControlProps) => ComponentChildren;
}

/** A labelled form field: the error and the hint are the control's description. */
export function Field({ id, label, hint, error, announce = false, children }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {children({
        id,
        ...(error ? { 'aria-invalid': 'true' } : {}),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} class="field-error" role={announce ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </div>
  );
}
