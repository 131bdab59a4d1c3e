// Ukrainian counts: one/few/many (one: 1, 21 …; few: 2–4, 22–24 …; many: 0,
// 5–20 …) through Intl.PluralRules, shared by the Ukrainian catalogs.

const plural = new Intl.PluralRules('uk-UA');
/** The word form for a count; a fraction ('other') takes the form of 'few'. */
export const pick = (n: number, one: string, few: string, many: string): string => {
  const form = plural.select(n);
  return form === 'one' ? one : form === 'many' ? many : few;
};

export const assessments = (n: number) =>
  `${n} ${pick(n, 'оцінювання', 'оцінювання', 'оцінювань')}`;
export const statements = (n: number) => `${n} ${pick(n, 'твердження', 'твердження', 'тверджень')}`;
