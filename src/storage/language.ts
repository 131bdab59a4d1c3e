// The language chosen on this device, kept in localStorage: it is read before
// the first screen renders, which IndexedDB (asynchronous) could not serve.
// Private browsing or a full disk may refuse it; the choice then lasts for
// this visit only.

// index.html reads it too, before any script, to know whether the German start screen may show.
const KEY = 'ampelbogen.language';

/** The language id chosen on this device, or null when none was chosen (or it cannot be read). */
export function readLanguageChoice(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Remembers the language chosen; false when the browser refused to keep it. */
export function saveLanguageChoice(id: string): boolean {
  try {
    localStorage.setItem(KEY, id);
    return true;
  } catch {
    return false;
  }
}

const SAID = 'ampelbogen.said.';

/** Whether a one-time notice (named by key) was shown on this device. */
export function wasSaid(key: string): boolean {
  try {
    return localStorage.getItem(SAID + key) !== null;
  } catch {
    return false;
  }
}

/** Remembers that a one-time notice was shown. */
export function markSaid(key: string): void {
  try {
    localStorage.setItem(SAID + key, '1');
  } catch {
    // Not kept: the notice shows again next time, which does no harm.
  }
}
