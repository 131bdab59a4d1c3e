import type { Edition } from '../domain/edition-schema';
import { localizeEdition, type LocalizedEdition } from '../domain/edition-language';
import { activeLocale } from '../locale';

// The edition as the screens show it: its texts in the active language where
// it has them. Made once per edition and language (screens render often).

const made = new WeakMap<Edition, Map<string, LocalizedEdition>>();

/** The edition in the active language, and whether it fell back to its own. */
export function localized(edition: Edition): LocalizedEdition {
  const language = activeLocale();
  let byLanguage = made.get(edition);
  if (!byLanguage) made.set(edition, (byLanguage = new Map()));
  let result = byLanguage.get(language);
  if (!result) byLanguage.set(language, (result = localizeEdition(edition, language)));
  return result;
}

/** The edition with its texts in the active language where it has them. */
export function inLanguage(edition: Edition): Edition {
  return localized(edition).edition;
}
