// The pseudo-locale: every text of a catalog wrapped in ⟦ ⟧, its Latin letters
// accented and the whole 40 % longer. A test that renders a screen in it finds
// any text that did not come from a catalog (it has no ⟦), and the screen shows
// whether it survives longer words, as Turkish or Ukrainian will bring.

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

/** One text in the pseudo-locale; text inside „…“ (names from data) stays as it is. */
export function pseudoText(text: string): string {
  let quoted = false;
  let out = '';
  for (const ch of text) {
    if (ch === '„') quoted = true;
    if (ch === '“') quoted = false;
    out += quoted ? ch : (ACCENTED[ch] ?? ch);
  }
  const padding = '~'.repeat(Math.ceil(text.length * 0.4));
  return `⟦${out}${padding}⟧`;
}

type Catalog = { readonly [key: string]: unknown };

/** A whole catalog in the pseudo-locale: strings wrapped, functions' results wrapped. */
export function pseudoCatalog<T extends Catalog>(catalog: T): T {
  const convert = (value: unknown): unknown => {
    if (typeof value === 'string') return value === '' ? '' : pseudoText(value);
    if (typeof value === 'function')
      return (...args: unknown[]) => convert((value as (...a: unknown[]) => unknown)(...args));
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convert(v)]));
    return value;
  };
  return convert(catalog) as T;
}
