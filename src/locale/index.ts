// The active language: its catalogs, its formatters and the document's lang
// and dir. Screens read `t` (the first screens' texts), `tf()` (the texts of
// the parts that load on demand, loaded with them) and `fmt` at render time; the
// shell renders the app anew when the language changes. The German catalogs
// are the reference: every other catalog has their type, so the compiler
// finds a missing key.
import { de } from './de/core';
import { DEFAULT_LOCALE, localeInfo, type LocaleId } from './locales';
import { makeFormatter, type Formatter } from './format';

import type { FileMessages, Messages } from './types';

export type { FileMessages, Messages };
export type { LocaleId } from './locales';
export { LOCALES, localeInfo, matchLocale, isLocaleId } from './locales';
export type { Formatter } from './format';

let active: LocaleId = DEFAULT_LOCALE;
/** The first screens' texts in the active language. */
export let t: Messages = de;
let files: FileMessages | undefined;
/** Dates, numbers, percentages and plurals in the active language. */
export let fmt: Formatter = makeFormatter(DEFAULT_LOCALE);

const listeners = new Set<(id: LocaleId) => void>();

/** The active locale's id. */
export function activeLocale(): LocaleId {
  return active;
}

// The loaders of every catalog but the first screens' German one live in a
// chunk of their own (catalogs.ts), so the first screen carries one import()
// for them instead of one per language.
async function loadCore(id: LocaleId): Promise<Messages> {
  if (id === 'de') return de;
  return (await import('./catalogs')).loadCore(id);
}

async function loadFiles(id: LocaleId): Promise<FileMessages> {
  return (await import('./catalogs')).loadFiles(id);
}

/** Loads the on-demand texts of the active language (once); lazy parts await it before they render. */
export async function loadFileMessages(): Promise<FileMessages> {
  files ??= await loadFiles(active);
  return files;
}

/** The on-demand parts' texts, once loadFileMessages() has loaded them. */
export function tf(): FileMessages {
  if (!files) throw new Error('The texts of this part are not loaded yet (loadFileMessages).');
  return files;
}

/** Sets <html lang dir> from the list of languages: never guessed from the text. */
export function markDocument(id: LocaleId): void {
  if (typeof document === 'undefined') return;
  const info = localeInfo(id);
  document.documentElement.lang = info.intl;
  document.documentElement.dir = info.dir;
}

/** Switches the language: catalogs, formatters, <html lang dir>, then tells the shell. */
export async function setLocale(id: LocaleId): Promise<void> {
  const [core, loaded] = await Promise.all([loadCore(id), files ? loadFiles(id) : undefined]);
  active = id;
  t = core;
  files = loaded;
  fmt = makeFormatter(id);
  markDocument(id);
  for (const listener of listeners) listener(id);
}

/** Calls the listener after every change of language; returns the unsubscribe. */
export function onLocaleChange(listener: (id: LocaleId) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Both catalogs and the formatter of the active language, for code that takes them as input (pdf/). */
export function activeWords(): {
  t: Messages;
  tf: FileMessages;
  fmt: Formatter;
  lang: string;
  dir: 'ltr' | 'rtl';
} {
  const info = localeInfo(active);
  return { t, tf: tf(), fmt, lang: info.intl, dir: info.dir };
}
