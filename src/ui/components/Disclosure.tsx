import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import './disclosure.css';

/**
 * A native <details> whose content is built only once it is opened, so a long
 * page renders what the user looks at, not every table at once.
 */
export function Disclosure({
  summary,
  children,
}: {
  summary: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class="disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
