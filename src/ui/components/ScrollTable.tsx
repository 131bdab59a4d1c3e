import type { ComponentChildren } from 'preact';
import './scroll-table.css';

interface Props {
  /** The table's name, for its caption and for the scrolling region around it. */
  label: string;
  /** Show the caption (default: only for screen readers). */
  showCaption?: boolean;
  class?: string;
  /** The table's head and body. */
  children: ComponentChildren;
}

/**
 * A table that may be wider than a phone: it scrolls sideways inside a named
 * region that keyboard users can reach, never widening the page.
 */
export function ScrollTable({ label, showCaption = false, class: className, children }: Props) {
  return (
    <div class="table-scroll" role="region" aria-label={label} tabIndex={0}>
      <table class={className}>
        <caption class={showCaption ? undefined : 'visually-hidden'}>{label}</caption>
        {children}
      </table>
    </div>
  );
}
