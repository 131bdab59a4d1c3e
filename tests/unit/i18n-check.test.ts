import { describe, expect, it } from 'vitest';
import { compare, compareEdition } from '../../scripts/i18n-compare';

// npm run i18n:check fails CI on a catalog that lacks a key, has one German
// does not, or drops a placeholder: here it is handed such catalogs.

const german = {
  a: { heading: 'Runde', empty: '' },
  counted: (n: number) => (n === 1 ? '1 Antwort' : `${n} Antworten`),
  named: (title: string, version: number) => `${title}, Version ${version}`,
};

const check = (other: unknown) => {
  const problems: string[] = [];
  compare(german, other, 'core', problems);
  return problems;
};

describe('the catalog check', () => {
  it('passes a complete catalog, empty where German is empty', () => {
    expect(
      check({
        a: { heading: 'Round', empty: '' },
        counted: (n: number) => (n === 1 ? '1 answer' : `${n} answers`),
        named: (title: string, version: number) => `${title}, version ${version}`,
      }),
    ).toEqual([]);
  });

  it('names missing and extra keys, dropped and added placeholders, and empty texts', () => {
    expect(
      check({
        a: { heading: '', extra: 'x', empty: '' },
        counted: () => 'answers',
        named: (title: string, version: number) => `${title} ${version} ${title}`,
      }),
    ).toEqual([
      'core.a.heading: empty',
      'core.a.extra: extra (German has no such key)',
      'core.counted: takes 0 parameters, German 1',
    ]);
    expect(
      check({
        a: { heading: 'Round', empty: '' },
        counted: (n: number) => (n === 1 ? 'one answer' : 'answers'),
        named: (title: string) => title,
      }),
    ).toEqual(['core.counted: leaves out parameter 1', 'core.named: takes 1 parameters, German 2']);
  });

  it('names statements of the edition a translation lacks or invents', () => {
    const edition = {
      areas: [{ id: 'a', title: 'A', criteria: [{ id: 'k1', text: 'T', ideas: ['i'] }] }],
      dimensions: [{ id: 'd', label: 'D' }],
      scale: { ratings: [{ id: 'green' }] },
    };
    const problems: string[] = [];
    compareEdition(
      edition,
      {
        areas: { a: { title: 'A' } },
        criteria: { k1: { text: 'T', ideas: ['i', 'j'] }, k9: { text: 'X' } },
        dimensions: { d: { label: 'D' } },
        ratings: { green: { label: 'g' } },
      },
      problems,
    );
    expect(problems).toEqual([
      'edition ratings.green.meaning: missing',
      'edition criteria.k9: extra (the edition has no such id)',
      'edition criteria.k1.ideas: 2 ideas, German 1',
    ]);
  });
});
