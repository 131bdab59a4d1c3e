import { waitFor, within } from '@testing-library/preact';

/**
 * The alert inside an element that says something: status lines keep their
 * alert region on the page even while it is empty (an emergency backup's, a
 * screen's), so the one with text is the one a screen reader just read.
 */
export function spokenAlert(element: HTMLElement): Promise<HTMLElement> {
  return waitFor(() => {
    const spoken = within(element)
      .getAllByRole('alert')
      .find((a) => a.textContent?.trim());
    if (!spoken) throw new Error('no alert with text yet');
    return spoken;
  });
}
