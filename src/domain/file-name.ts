// Names of files the app saves: the words of a name (a club's, mostly) in plain
// lower-case Latin letters and digits joined by hyphens, readable and safe on
// every system. Letters with a common Latin spelling are written in it; those
// without one (Arabic) are left out.

/** German and Turkish letters with a spelling of their own, and Latin letters NFKD does not split. */
const LATIN: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
};

/** A table of letters from "letter spelling" pairs; "-" spells nothing. */
function letters(pairs: string): Record<string, string> {
  const table: Record<string, string> = {};
  for (const [, letter, spelling] of pairs.matchAll(/(\S+) (\S+)/g))
    table[letter as string] = spelling === '-' ? '' : (spelling as string);
  return table;
}

/** Russian letters, in a simplified BGN/PCGN scheme (the common one of maps and the press). */
const RUSSIAN = letters(`
  а a  б b  в v  г g  д d  е e  ё e  ж zh  з z  и i  й y  к k  л l  м m  н n  о o  п p
  р r  с s  т t  у u  ф f  х kh  ц ts  ч ch  ш sh  щ shch  ъ -  ы y  ь -  э e  ю yu  я ya`);

/** Ukrainian letters, in the national transliteration of 2010. */
const UKRAINIAN = { ...RUSSIAN, ...letters('г h  ґ g  и y  і i  є ie  ї i  й i  ю iu  я ia') };

/** How Ukrainian spells these letters first in a word. */
const UKRAINIAN_FIRST = letters('є ye  ї yi  й y  ю yu  я ya');

/** Letters only Ukrainian writes: a name with one of them is read as Ukrainian. */
const UKRAINIAN_ONLY = /[іїєґ]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const APOSTROPHES = /['’ʼ`´]/g;

/** The name's words in lower-case Latin letters and digits, joined by hyphens; '' if none is left. */
export function nameToFileWords(name: string, maxLength = 60): string {
  const lower = name.replace(/İ/g, 'i').toLowerCase().replace(APOSTROPHES, '');
  const words = transliterate(lower)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shortenAtWord(words, maxLength);
}

/** Every letter with a Latin spelling of its own written in it; the rest left as it is. */
function transliterate(lower: string): string {
  const ukrainian = UKRAINIAN_ONLY.test(lower);
  const cyrillic = ukrainian ? UKRAINIAN : RUSSIAN;
  const chars = Array.from(lower);
  return chars
    .map((c, i) => {
      const before = chars[i - 1] ?? '';
      if (c in LATIN) return LATIN[c];
      if (!(c in cyrillic)) return c;
      if (!ukrainian) return cyrillic[c];
      if (c in UKRAINIAN_FIRST && !CYRILLIC.test(before)) return UKRAINIAN_FIRST[c];
      // зг is written zgh, so it is not read as the letter ж.
      return c === 'г' && before === 'з' ? 'gh' : cyrillic[c];
    })
    .join('');
}

/** Words cut after the last whole word that fits; a single longer word is cut at the length. */
function shortenAtWord(words: string, maxLength: number): string {
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1).lastIndexOf('-');
  return cut > 0 ? words.slice(0, cut) : words.slice(0, maxLength);
}
