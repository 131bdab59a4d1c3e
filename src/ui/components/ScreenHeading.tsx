import type { ComponentChildren } from 'preact';

/** The screen's h1; it takes focus on arrival so screen readers announce the new screen. */
export function ScreenHeading({ children }: { children: ComponentChildren }) {
  return (
    <h1 id="screen-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
