import type { ActionStatus } from '../hooks/use-action';

/**
 * A screen's one line about what happened. Both live regions are always on
 * the page, so a screen reader announces the text that appears in them (a
 * region added together with its text is often not announced): news politely,
 * an error at once.
 */
export function StatusLine({ status }: { status: ActionStatus | null }) {
  return (
    <div class="status-line">
      <div role="status">{status?.kind === 'status' && <p class="notice">{status.text}</p>}</div>
      <div role="alert">{status?.kind === 'alert' && <p class="error">{status.text}</p>}</div>
    </div>
  );
}
