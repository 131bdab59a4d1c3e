import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anonymousFileOf,
  buildAnonymousFile,
  countRatings,
  quarterOf,
  type AnonymousSource,
} from '../../src/domain/anonymous';
import type { Answer, Assessment, Club } from '../../src/domain/entities';
import { CLUB_CATEGORIES, RATING_IDS, SIZE_BANDS } from '../../src/domain/vocabulary';
import {
  anonymousFileSchema,
  anonymousFileName,
  anonymousFormat,
  checkAgainstEditions,
  serialiseAnonymousFile,
  validateAnonymousFile,
} from '../../src/files/anonymous-file';
import { parseJson } from '../../src/files/read-file';
import { describeFileProblem } from '../../src/ui/file-problems';
import { makeEdition } from '../fixtures/editions';
import { makeFile } from '../fixtures/anonymous-files';

const edition = makeEdition({
  areas: [
    ['a1', 'a2', 'a3'],
    ['b1', 'b2'],
  ],
});
const criterionIds = edition.areas.flatMap((a) => a.criteria.map((c) => c.id));
const UUID_A = '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d';

describe('quarterOf', () => {
  it('maps months onto quarters', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-09-30')).toBe('2026-Q3');
    expect(quarterOf('2026-11-03')).toBe('2026-Q4');
  });
  it('refuses what is not a date', () => {
    expect(() => quarterOf('2026-13-01')).toThrow(RangeError);
    expect(() => quarterOf('14.03.2026')).toThrow(RangeError);
  });
});

describe('buildAnonymousFile', () => {
  it('takes the answered criteria of the edition in its order, and nothing else', () => {
    const lights: Record<string, (typeof RATING_IDS)[number]> = {
      b2: 'na',
      a1: 'green',
      a3: 'red',
      foreign: 'green',
    };
    const file = buildAnonymousFile({
      edition,
      ratingOf: (id) => lights[id],
      date: '2026-03-14',
      category: 'sport',
      sizeBand: '21-100',
      fileId: UUID_A,
      appVersion: '0.1.0',
    });
    expect(file).toEqual({
      format: 'ampelbogen-anonym',
      version: 1,
      fileId: UUID_A,
      appVersion: '0.1.0',
      edition: { id: 'test-edition', version: 1 },
      period: '2026-Q1',
      club: { category: 'sport', sizeBand: '21-100' },
      ratings: { a1: 'green', a3: 'red', b2: 'na' },
    });
    expect(Object.keys(file.ratings)).toEqual(['a1', 'a3', 'b2']);
    expect(countRatings(file)).toEqual({ green: 1, yellow: 0, red: 1, na: 1 });
  });

  it('never reads a criterion id off the prototype of a snapshot', () => {
    const odd = makeEdition({ areas: [['constructor', 'tostring', 'a1']] });
    const source = sourceWith({ ratings: { a1: 'yellow' } }, odd);
    expect(anonymousFileOf(source, UUID_A, '0.1.0').ratings).toEqual({ a1: 'yellow' });
  });
});

describe('validateAnonymousFile', () => {
  const valid = () => anonymousFileOf(sourceWith({}), UUID_A, '0.1.0');

  it('accepts what the app writes', () => {
    const parsed = parseJson(serialiseAnonymousFile(valid()));
    expect(parsed.ok && validateAnonymousFile(parsed.value)).toEqual({ ok: true, value: valid() });
  });

  it.each([
    ['a foreign file', { format: 'ampelbogen-edition' }, 'keine anonyme Rückmeldung'],
    ['an unknown version', { ...valid(), version: 2 }, 'Formatversion'],
    ['an extra field', { ...valid(), clubName: 'TV Neu-Isenburg' }, 'clubName'],
    ['a day as period', { ...valid(), period: '2026-03-14' }, 'period'],
    ['an unknown light', { ...valid(), ratings: { a1: 'blau' } }, 'ratings'],
    ['a bad criterion id', { ...valid(), ratings: { 'A 1': 'green' } }, 'ratings'],
    ['a note in the club', { ...valid(), club: { ...valid().club, note: 'x' } }, 'note'],
    ['a made-up id', { ...valid(), fileId: 'club-42' }, 'fileId'],
  ])('rejects %s with a German message naming it', (_name, data, part) => {
    const result = validateAnonymousFile(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeFileProblem(result)).toContain(part);
  });

  it('rejects a newer version with its own code', () => {
    const result = validateAnonymousFile({ ...valid(), version: 2 });
    expect(!result.ok && result.problem).toEqual({ code: 'newer-version', version: 2, newest: 1 });
  });

  it('rejects a file with a __proto__ key before it is looked at', () => {
    const text = serialiseAnonymousFile(valid()).replace(
      '"ratings": {',
      '"ratings": { "__proto__": { "x": 1 },',
    );
    const result = anonymousFormat.parse(text);
    expect(result).toEqual({
      ok: false,
      format: 'ampelbogen-anonym',
      problem: { code: 'hostile-key', key: '__proto__' },
    });
    expect(!result.ok && describeFileProblem(result)).toContain('„__proto__“');
  });

  it('names the file by period and a piece of its random id only', () => {
    expect(anonymousFileName(valid())).toBe('ampelbogen-anonym-2026-Q1-0b6f3c1e.json');
  });
});

describe('checkAgainstEditions', () => {
  const E = { id: edition.id, version: edition.version };

  it('refuses a file that rates criteria its edition, here on the device, does not have', () => {
    const file = makeFile({ edition: E, ratings: { a1: 'green', x9: 'red', y7: 'na' } });
    const result = checkAgainstEditions(file, [edition]);
    expect(result).toEqual({
      ok: false,
      format: 'ampelbogen-anonym',
      problem: { code: 'unknown-criteria', edition: E, ids: ['x9', 'y7'] },
    });
    expect(!result.ok && describeFileProblem(result)).toBe(
      'Die Rückmeldung bewertet Aussagen, die es in ihrer Ausgabe („test-edition“, Version 1) nicht gibt: „x9“, „y7“. Sie wurde nicht übernommen.',
    );
  });

  it('names five unknown ids and counts the rest', () => {
    const ratings = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [`z${i}`, 'green' as const]),
    );
    const result = checkAgainstEditions(makeFile({ edition: E, ratings }), [edition]);
    expect(!result.ok && describeFileProblem(result)).toContain(
      'nicht gibt: „z0“, „z1“, „z2“, „z3“, „z4“ und 3 weitere.',
    );
  });

  it('takes a file that rates only its edition’s criteria, and one whose edition is not here', () => {
    const known = makeFile({ edition: E, ratings: { a1: 'green', b2: 'na' } });
    expect(checkAgainstEditions(known, [edition])).toEqual({ ok: true, value: known });
    const elsewhere = makeFile({ edition: { ...E, version: 2 }, ratings: { x9: 'red' } });
    expect(checkAgainstEditions(elsewhere, [edition])).toEqual({ ok: true, value: elsewhere });
  });
});

// Property tests: whatever a club writes, none of it leaves in the file.

const text = fc.string({ minLength: 1, maxLength: 80, unit: 'grapheme' });
const day = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2099-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({
    min: new Date('2020-01-01T00:00:00Z'),
    max: new Date('2030-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());

const sourceArb = fc
  .record({
    clubId: fc.uuid(),
    assessmentId: fc.uuid(),
    name: text,
    description: text,
    category: fc.constantFrom(...CLUB_CATEGORIES),
    sizeBand: fc.constantFrom(...SIZE_BANDS),
    date: day,
    createdAt: instant,
    finished: fc.boolean(),
    answers: fc.array(
      fc.record({
        criterionId: fc.constantFrom(...criterionIds),
        rating: fc.option(fc.constantFrom(...RATING_IDS), { nil: undefined }),
        note: text,
      }),
      { maxLength: 8 },
    ),
  })
  .map((r): AnonymousSource & { texts: string[] } => {
    const answers: Answer[] = r.answers.map((a) => ({
      assessmentId: r.assessmentId,
      criterionId: a.criterionId,
      ...(a.rating ? { rating: a.rating } : {}),
      note: a.note,
      updatedAt: r.createdAt,
    }));
    const club: Club = {
      id: r.clubId,
      name: r.name,
      category: r.category,
      sizeBand: r.sizeBand,
      description: r.description,
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
    };
    const ratings: Record<string, (typeof RATING_IDS)[number]> = {};
    for (const a of answers) if (a.rating) ratings[a.criterionId] = a.rating;
    const assessment: Assessment = {
      id: r.assessmentId,
      clubId: r.clubId,
      editionId: edition.id,
      editionVersion: edition.version,
      date: r.date,
      status: r.finished ? 'done' : 'draft',
      lastArea: 0,
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
      ...(r.finished ? { finishedAt: r.createdAt, ratings } : {}),
    };
    return {
      assessment,
      club,
      edition,
      answers,
      texts: [r.name, r.description, ...r.answers.map((a) => a.note)],
    };
  });

/** The same source with every free text blanked out. */
function withoutTexts(source: AnonymousSource): AnonymousSource {
  return {
    ...source,
    club: { ...source.club, name: 'X', description: 'X' },
    answers: source.answers.map((a) => ({ ...a, note: 'X' })),
  };
}

describe('the anonymous file, for any club', () => {
  it('does not depend on any free text, so none of it can be in it', () => {
    fc.assert(
      fc.property(sourceArb, fc.uuid({ version: 4 }), (source, fileId) => {
        const written = serialiseAnonymousFile(anonymousFileOf(source, fileId, '0.1.0'));
        const blank = serialiseAnonymousFile(
          anonymousFileOf(withoutTexts(source), fileId, '0.1.0'),
        );
        expect(written).toBe(blank);
        // A text that occurs in the file made without any text is a coincidence
        // (a text such as "Q1"), not a leak; every other text must be absent.
        for (const t of source.texts ?? [])
          if (!blank.includes(t)) expect(written).not.toContain(t);
      }),
      { numRuns: 300 },
    );
  });

  it('never carries the day, the club or assessment id, or a stored instant', () => {
    fc.assert(
      fc.property(sourceArb, fc.uuid({ version: 4 }), (source, fileId) => {
        const written = serialiseAnonymousFile(anonymousFileOf(source, fileId, '0.1.0'));
        const [y, m, d] = source.assessment.date.split('-');
        expect(written).not.toContain(source.assessment.date);
        expect(written).not.toContain(`${d}.${m}.${y}`);
        expect(written).not.toContain(source.club.id);
        expect(written).not.toContain(source.assessment.id);
        expect(written).not.toContain(source.assessment.createdAt);
      }),
      { numRuns: 300 },
    );
  });

  it('always validates against its published schema', () => {
    fc.assert(
      fc.property(sourceArb, fc.uuid({ version: 4 }), (source, fileId) => {
        const file = anonymousFileOf(source, fileId, '0.1.0');
        expect(
          anonymousFileSchema.safeParse(JSON.parse(serialiseAnonymousFile(file))).success,
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('shares no id between two files of the same club', () => {
    fc.assert(
      fc.property(sourceArb, (source) => {
        const first = anonymousFileOf(source, crypto.randomUUID(), '0.1.0');
        const second = anonymousFileOf(source, crypto.randomUUID(), '0.1.0');
        expect(first.fileId).not.toBe(second.fileId);
        // Apart from the random id, the two files are the same: nothing else
        // in them could single out this club's files.
        expect({ ...first, fileId: '' }).toEqual({ ...second, fileId: '' });
      }),
      { numRuns: 200 },
    );
  });
});

function sourceWith(patch: Partial<Assessment>, ed = edition): AnonymousSource {
  return {
    edition: ed,
    club: {
      id: 'club-1',
      name: 'TV Neu-Isenburg',
      category: 'sport',
      sizeBand: '21-100',
      createdAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-01T10:00:00.000Z',
    },
    assessment: {
      id: 'as-1',
      clubId: 'club-1',
      editionId: ed.id,
      editionVersion: ed.version,
      date: '2026-03-14',
      status: 'done',
      lastArea: 0,
      createdAt: '2026-03-14T10:00:00.000Z',
      updatedAt: '2026-03-14T10:00:00.000Z',
      ratings: { a1: 'green' },
      ...patch,
    },
    answers: [],
  };
}
