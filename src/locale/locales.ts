// The languages the app speaks: one line each. `dir` is set on the document
// from this list, never guessed from the text; `intl` is the tag the Intl
// formatters get. Adding a language means a line here and its catalog files.

export interface LocaleInfo {
  /** The catalog's id, also the value kept in settings. */
  id: string;
  /** The language's name in itself, as a language menu shows it. */
  name: string;
  /** BCP 47 tag for <html lang> and the Intl formatters. */
  intl: string;
  dir: 'ltr' | 'rtl';
  /** Only for tests: never offered to users. */
  testOnly?: boolean;
}

export const LOCALES = [
  { id: 'de', name: 'Deutsch', intl: 'de-DE', dir: 'ltr' },
  { id: 'de-einfach', name: 'Einfache Sprache', intl: 'de-DE', dir: 'ltr' },
  { id: 'en', name: 'English', intl: 'en-GB', dir: 'ltr' },
  { id: 'tr', name: 'Türkçe', intl: 'tr-TR', dir: 'ltr' },
  { id: 'ar', name: 'العربية', intl: 'ar', dir: 'rtl' },
  { id: 'uk', name: 'Українська', intl: 'uk-UA', dir: 'ltr' },
  // A pseudo-locale (every text wrapped and 40 % longer) that tests switch to,
  // to find any German left outside the catalogs and any layout that breaks.
  { id: 'en-XA', name: '[Þšéûðö]', intl: 'en', dir: 'ltr', testOnly: true },
] as const satisfies readonly LocaleInfo[];

export type LocaleId = (typeof LOCALES)[number]['id'];

export const DEFAULT_LOCALE: LocaleId = 'de';

/** The entry of a locale id; the default for an unknown one. */
export function localeInfo(id: string): LocaleInfo {
  return LOCALES.find((l) => l.id === id) ?? LOCALES[0];
}

/** The first offered language among the browser's preferred ones ("tr-TR" → "tr"), if any. */
export function matchLocale(preferred: readonly string[]): LocaleId | undefined {
  const offered = LOCALES.filter((l) => !('testOnly' in l && l.testOnly));
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    const exact = offered.find((l) => l.id === lower);
    if (exact) return exact.id;
    const base = offered.find((l) => l.id === lower.split('-')[0]);
    if (base) return base.id;
  }
  return undefined;
}

/** Whether an id (from storage, say) names a language the app speaks. */
export function isLocaleId(id: string | null | undefined): id is LocaleId {
  return LOCALES.some((l) => l.id === id);
}
