import { useState } from 'preact/hooks';
import { tf } from '../../locale';
import '../components/forms.css';
import './round.css';

interface Props {
  /** Unique on the page. */
  id: string;
  label: string;
  submitLabel: string;
  busy: boolean;
  /** Takes the code; resolves true when it was taken, and the field empties. */
  onSubmit: (code: string) => Promise<boolean>;
  /** Called instead when the field is empty. */
  onEmpty: () => void;
}

/** A code typed by hand: one field in a code font, forgiving about case, spaces and hyphens. */
export function TypedCode({ id, label, submitLabel, busy, onSubmit, onEmpty }: Props) {
  const [typed, setTyped] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    if (typed.trim() === '') {
      onEmpty();
      return;
    }
    void onSubmit(typed).then((taken) => {
      if (taken) setTyped('');
    });
  };
  return (
    <form class="typed-form" onSubmit={submit} noValidate>
      <label for={id}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {tf().round.open.typedHint}
      </p>
      <div class="typed-row">
        <input
          id={id}
          class="typed-input"
          aria-describedby={`${id}-hint`}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          value={typed}
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" class="button" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
