import { describe, expect, it } from 'vitest';
import shippedJson from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { localizeEdition } from '../../src/domain/edition-language';
import type { Edition } from '../../src/domain/edition-schema';
import { validateEdition } from '../../src/files/edition-file';
import { makeEdition } from '../fixtures/editions';

// Format 3: an edition carries its texts in other languages by id. The app
// shows them field by field where they exist, German elsewhere, and says when a
// language has none; ids, values and structure never change with the language.

const german = shippedJson as Edition;
const first = german.areas[0]!.criteria[0]!;

const withTurkish = {
  ...german,
  formatVersion: 3,
  version: 3,
  translations: {
    tr: {
      title: 'Ampelbogen (Türkçe)',
      areas: { [german.areas[0]!.id]: { title: 'Derneğimiz açılıyor' } },
      criteria: { [first.id]: { text: 'Bir irtibat kişisi belirledik.' } },
      ratings: { green: { label: 'yeşil' } },
    },
  },
};

describe('editions of format 3', () => {
  it('read with their translations, and a format 1 or 2 file still reads as it was written', () => {
    const read = validateEdition(withTurkish);
    expect(read.ok).toBe(true);
    expect(validateEdition(german)).toEqual({ ok: true, value: german });
    const v1 = makeEdition({ areas: [['a-01']] });
    expect(validateEdition(v1)).toEqual({ ok: true, value: v1 });
  });

  it('refuse a translation of a statement the edition does not have, and translations in format 2', () => {
    const stray = structuredClone(withTurkish);
    (stray.translations.tr.criteria as Record<string, { text: string }>)['gibt-es-nicht'] = {
      text: 'x',
    };
    expect(validateEdition(stray)).toMatchObject({
      ok: false,
      problem: {
        code: 'invalid',
        issues: [{ problem: 'unknown-translated-id', id: 'gibt-es-nicht' }],
      },
    });
    expect(validateEdition({ ...withTurkish, formatVersion: 2 })).toMatchObject({
      ok: false,
      problem: { code: 'invalid', issues: [{ problem: 'unknown-keys', keys: ['translations'] }] },
    });
  });
});

describe('an edition in a language', () => {
  const read = validateEdition(withTurkish);
  if (!read.ok) throw new Error('fixture invalid');
  const edition = read.value;

  it('takes each text from the translation where it has one, German elsewhere', () => {
    const { edition: tr, fellBack } = localizeEdition(edition, 'tr');
    expect(fellBack).toBe(false);
    expect(tr.title).toBe('Ampelbogen (Türkçe)');
    expect(tr.areas[0]!.title).toBe('Derneğimiz açılıyor');
    expect(tr.areas[0]!.criteria[0]!.text).toBe('Bir irtibat kişisi belirledik.');
    expect(tr.areas[0]!.criteria[0]!.hint).toBe(first.hint);
    expect(tr.areas[1]!.title).toBe(german.areas[1]!.title);
    expect(tr.scale.ratings.find((r) => r.id === 'green')?.label).toBe('yeşil');
    expect(tr.scale.ratings.find((r) => r.id === 'red')?.label).toBe(
      german.scale.ratings.find((r) => r.id === 'red')?.label,
    );
  });

  it('keeps every id, value and threshold, so progress compares across languages', () => {
    const { edition: tr } = localizeEdition(edition, 'tr');
    const shape = (e: Edition) => ({
      areas: e.areas.map((a) => [a.id, a.criteria.map((c) => [c.id, c.dimensions])]),
      scale: e.scale.ratings.map((r) => [r.id, r.value]),
      thresholds: e.scale.thresholds,
    });
    expect(shape(tr)).toEqual(shape(edition));
  });

  it('falls back to German, and says so, for a language it has no texts in', () => {
    expect(localizeEdition(edition, 'uk')).toEqual({ edition, fellBack: true });
    expect(localizeEdition(german, 'tr')).toEqual({ edition: german, fellBack: true });
    expect(localizeEdition(edition, 'de')).toEqual({ edition, fellBack: false });
  });
});

describe('progress across languages', () => {
  it('compares an assessment read in German with one read in Turkish by criterion id', async () => {
    const { compareAssessments } = await import('../../src/domain/comparison');
    const read = validateEdition(withTurkish);
    if (!read.ok) throw new Error('fixture invalid');
    const base = {
      clubId: 'c',
      editionId: read.value.id,
      editionVersion: read.value.version,
      status: 'done' as const,
      lastArea: 0,
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    };
    const lights = (rating: 'red' | 'green') => (id: string) =>
      id === first.id ? rating : undefined;
    const german = {
      assessment: { ...base, id: 'a1', date: '2026-01-10' },
      edition: read.value,
      ratingOf: lights('red'),
    };
    const turkish = {
      assessment: { ...base, id: 'a2', date: '2026-03-10' },
      edition: localizeEdition(read.value, 'tr').edition,
      ratingOf: lights('green'),
    };
    const comparison = compareAssessments(german, turkish);
    const change = comparison.areas[0]!.changes.find((c) => c.criterionId === first.id);
    expect(change).toMatchObject({ before: 'red', after: 'green', change: 'better' });
    // The later view's language names the statement.
    expect(change?.text).toBe('Bir irtibat kişisi belirledik.');
  });
});

describe('the shipped edition 3', () => {
  it('is valid, has the statements of edition 2, the office e-mail, and their texts in every language the app offers', async () => {
    const [{ default: v3 }, { LOCALES }] = await Promise.all([
      import('../../src/domain/editions/ni-ampelbogen-v3.json'),
      import('../../src/locale/locales'),
    ]);
    const read = validateEdition(v3);
    if (!read.ok) throw new Error('edition 3 invalid');
    const {
      translations: _,
      formatVersion: __,
      version: ___,
      publishedAt: ____,
      office,
      ...rest
    } = v3 as Record<string, unknown>;
    const {
      formatVersion: _2,
      version: _3,
      publishedAt: _4,
      office: officeBefore,
      ...before
    } = german as unknown as Record<string, unknown>;
    expect(rest).toEqual(before);
    // Edition 3 adds the office's e-mail address, so the anonymous file can be mailed.
    expect(office).toEqual({
      ...(officeBefore as object),
      email: 'anna-katharina.honecker@stadt-neu-isenburg.de',
    });
    const offered = LOCALES.filter((l) => l.id !== 'de' && !('testOnly' in l && l.testOnly));
    expect(Object.keys((v3 as { translations: object }).translations).sort()).toEqual(
      offered.map((l) => l.id).sort(),
    );
  });
});
