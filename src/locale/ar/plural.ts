// Arabic counts for the Arabic (العربية) catalogs. Arabic says a count in up to
// six ways: zero, one, two (the dual), few (3 to 10: plural noun), many (11 to
// 99: singular noun) and other (100 and more: singular noun). Intl.PluralRules
// picks the way; the catalog gives the words of each, the number already in them.

const rules = new Intl.PluralRules('ar');

/** The words for each plural category; zero falls back to other, other to many. */
export interface ArabicForms {
  zero?: string;
  one: string;
  two: string;
  few: string;
  many: string;
  other?: string;
}

/** The words for the count `n`. */
export function plural(n: number, forms: ArabicForms): string {
  switch (rules.select(n)) {
    case 'zero':
      return forms.zero ?? forms.other ?? forms.many;
    case 'one':
      return forms.one;
    case 'two':
      return forms.two;
    case 'few':
      return forms.few;
    case 'many':
      return forms.many;
    default:
      return forms.other ?? forms.many;
  }
}

/**
 * A counted noun: `one` and `two` are whole words ("عبارة واحدة", "عبارتان"),
 * `few` the plural after 3 to 10, `many` the noun after 11 to 99 ("تقييمًا"),
 * `other` the noun after 0 and 100 or more ("تقييم"; for most feminine nouns
 * the same as many).
 */
export function counted(
  n: number,
  one: string,
  two: string,
  few: string,
  many: string,
  other: string = many,
): string {
  return plural(n, {
    one,
    two,
    few: `${n} ${few}`,
    many: `${n} ${many}`,
    other: `${n} ${other}`,
  });
}
