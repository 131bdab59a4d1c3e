import { describe, expect, it } from 'vitest';
import { makeFormatter } from '../../src/locale/format';
import { pseudoCatalog, pseudoText } from '../../src/locale/pseudo';

describe('makeFormatter', () => {
  const de = makeFormatter('de');

  it('writes calendar dates and instants as German readers expect', () => {
    expect(de.date('2026-11-21')).toBe('21.11.2026');
    expect(de.dayMonth('2026-03-04')).toBe('04.03.');
    expect(de.date('kein Datum')).toBe('kein Datum');
    expect(de.dateTime('2026-03-14T09:05:00.000Z')).toMatch(/^14\.03\.2026, \d{2}:05$/);
    expect(de.time('2026-03-14T09:05:00.000Z')).toMatch(/^\d{2}:05$/);
  });

  it('adds a two-digit year to a short date in every language', () => {
    expect(de.dayMonthYear('2025-03-12')).toBe('12.03.25');
    expect(de.dayMonthYear('kein Datum')).toBe('kein Datum');
    for (const id of ['de', 'de-einfach', 'en', 'tr', 'ar', 'uk']) {
      const f = makeFormatter(id);
      expect(f.dayMonthYear('2025-03-12'), id).not.toBe(f.dayMonth('2025-03-12'));
      expect(f.dayMonthYear('2025-03-12'), id).not.toBe(f.dayMonthYear('2026-03-12'));
    }
  });

  it('writes numbers and shares with a decimal comma', () => {
    expect(de.number(1234.56)).toBe('1.234,6');
    expect(de.number(0.5, 0)).toBe('1');
    expect(de.percent(0.425).replace(/\s/g, ' ')).toBe('42,5 %');
  });

  it('chooses the plural category from the language', () => {
    expect(de.plural(1)).toBe('one');
    expect(de.plural(2)).toBe('other');
    expect(makeFormatter('en-XA').plural(0)).toBe('other');
  });
});

describe('the pseudo-locale', () => {
  it('wraps a text, accents it and makes it 40 % longer, keeping quoted names', () => {
    const out = pseudoText('Verein „TV 1860“ löschen');
    expect(out.startsWith('⟦') && out.endsWith('⟧')).toBe(true);
    expect(out).toContain('„TV 1860“');
    expect(out).toContain('Véréíñ');
    expect(out.length).toBeGreaterThanOrEqual(Math.ceil('Verein „TV 1860“ löschen'.length * 1.4));
  });

  it('converts every text and every text-making function of a catalog', () => {
    const catalog = pseudoCatalog({
      a: 'Speichern',
      b: { c: (n: number) => `${n} Einschätzungen` },
      d: ['eins', 'zwei'],
      e: '',
    });
    expect(catalog.a).toMatch(/^⟦Špéíçhérñ~+⟧$/);
    expect(catalog.b.c(3)).toMatch(/^⟦3 Éíñšçhätžúñgéñ~+⟧$/);
    expect(catalog.d.every((x) => x.startsWith('⟦'))).toBe(true);
    expect(catalog.e).toBe('');
  });
});
