// The loaders of the catalogs that are not in the first screen: every
// language's but German's first-screen one, each language a chunk of its own,
// and the pseudo-locale for tests. Loaded by index.ts when a language is chosen
// or the on-demand texts are needed.
import { de } from './de/core';
import type { FileMessages, Messages } from './types';
import type { Formatter } from './format';
import type { LocaleId } from './locales';
import { makeFormatter } from './format';
import { localeInfo } from './locales';

/** Every language but German: its two catalogs, each a chunk of its own that loads when chosen. */
const CATALOGS: Record<
  Exclude<LocaleId, 'de' | 'en-XA'>,
  { core: () => Promise<Messages>; files: () => Promise<FileMessages> }
> = {
  'de-einfach': {
    core: () => import('./de-einfach/core').then((m) => m.deEinfach),
    files: () => import('./de-einfach/files').then((m) => m.deEinfachFiles),
  },
  en: {
    core: () => import('./en/core').then((m) => m.en),
    files: () => import('./en/files').then((m) => m.enFiles),
  },
  tr: {
    core: () => import('./tr/core').then((m) => m.tr),
    files: () => import('./tr/files').then((m) => m.trFiles),
  },
  ar: {
    core: () => import('./ar/core').then((m) => m.ar),
    files: () => import('./ar/files').then((m) => m.arFiles),
  },
  uk: {
    core: () => import('./uk/core').then((m) => m.uk),
    files: () => import('./uk/files').then((m) => m.ukFiles),
  },
};

export async function loadCore(id: Exclude<LocaleId, 'de'>): Promise<Messages> {
  if (id === 'en-XA') return (await import('./pseudo')).pseudoCatalog(de);
  return CATALOGS[id].core();
}

export async function loadFiles(id: LocaleId): Promise<FileMessages> {
  if (id === 'en-XA')
    return (await import('./pseudo')).pseudoCatalog((await import('./de/files')).deFiles);
  if (id === 'de') return (await import('./de/files')).deFiles;
  return CATALOGS[id].files();
}

/**
 * The words of any language without switching to it: a PDF may be made in
 * another language than the screens speak.
 */
export async function wordsIn(
  id: LocaleId,
): Promise<{ t: Messages; tf: FileMessages; fmt: Formatter; lang: string; dir: 'ltr' | 'rtl' }> {
  const [core, loaded] = await Promise.all([id === 'de' ? de : loadCore(id), loadFiles(id)]);
  const info = localeInfo(id);
  return { t: core, tf: loaded, fmt: makeFormatter(id), lang: info.intl, dir: info.dir };
}
