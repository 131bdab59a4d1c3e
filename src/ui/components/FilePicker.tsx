import type { JSX } from 'preact';
import './forms.css';

interface Props {
  id: string;
  label: string;
  hint: string;
  /** Called with the picked files; the input is cleared afterwards, so the same file can be picked again. */
  onPick: (files: File[]) => void | Promise<void>;
  multiple?: boolean;
  primary?: boolean;
  disabled?: boolean;
}

/**
 * A file input that looks like a button: the native input, visually hidden
 * but focusable, comes first so its focus ring can be drawn on the label.
 */
export function FilePicker({ id, label, hint, onPick, multiple, primary, disabled }: Props) {
  const change = (e: JSX.TargetedEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    void Promise.resolve(files.length > 0 ? onPick(files) : undefined).finally(() => {
      input.value = '';
    });
  };
  return (
    <div class="field file-picker">
      <input
        id={id}
        class="file-input"
        type="file"
        accept="application/json,.json"
        multiple={multiple}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={change}
      />
      <label for={id} class={primary ? 'button primary file-button' : 'button file-button'}>
        {label}
      </label>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}
