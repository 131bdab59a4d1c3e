import { describe, expect, it } from 'vitest';
import { sortClubs, validateClubDraft } from '../../src/domain/club';
import { isIsoDate, toIsoDate } from '../../src/domain/dates';
import { makeFormatter } from '../../src/locale/format';
import { validateAssessmentDate } from '../../src/domain/assessment';
import type { Club } from '../../src/domain/entities';

const draft = { name: 'TV 1861', category: 'sport', sizeBand: '101-500', description: '' };

describe('validateClubDraft', () => {
  it('accepts a club and tidies the name', () => {
    const result = validateClubDraft({ ...draft, name: '  TV   1861 ' });
    expect(result).toEqual({
      ok: true,
      value: { name: 'TV 1861', category: 'sport', sizeBand: '101-500' },
    });
  });

  it('requires a name', () => {
    expect(validateClubDraft({ ...draft, name: '   ' })).toEqual({
      ok: false,
      errors: { name: 'required' },
    });
  });

  it('rejects a name over 100 characters and values outside the lists', () => {
    const result = validateClubDraft({
      name: 'x'.repeat(101),
      category: 'geheim',
      sizeBand: '7',
      description: '',
    });
    expect(result).toEqual({
      ok: false,
      errors: { name: 'too-long', category: 'invalid', sizeBand: 'invalid' },
    });
  });

  it('keeps a description only when there is one', () => {
    const result = validateClubDraft({ ...draft, description: ' Wir turnen. ' });
    expect(result.ok && result.value.description).toBe('Wir turnen.');
  });
});

describe('sortClubs', () => {
  it('sorts by German collation', () => {
    const club = (name: string) => ({ name }) as Club;
    expect(
      sortClubs([club('Zumba'), club('Ärztechor'), club('Angler')]).map((c) => c.name),
    ).toEqual(['Angler', 'Ärztechor', 'Zumba']);
  });
});

describe('dates', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-11-21')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('21.11.2026')).toBe(false);
    expect(isIsoDate('morgen')).toBe(false);
  });

  it('explains why a meeting date is not accepted', () => {
    expect(validateAssessmentDate('')).toBe('required');
    expect(validateAssessmentDate('2026-02-30')).toBe('invalid');
    expect(validateAssessmentDate('2026-11-21')).toBeNull();
  });

  it('uses the local calendar day and writes it the German way', () => {
    expect(toIsoDate(new Date(2026, 10, 21, 23, 59))).toBe('2026-11-21');
    expect(makeFormatter('de').date('2026-11-21')).toBe('21.11.2026');
  });
});
