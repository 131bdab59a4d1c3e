import { describe, expect, it } from 'vitest';
import shipped from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { editionFormat } from '../../src/files/edition-file';
import type { FileProblem, FileResult, FormatName } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';

// A value that is there but wrong is told apart from one that is missing: by
// code, and in the German the settings screen shows.

/** The shipped edition as text, with the JSON of `value` at the marker's place. */
function editionWith(set: (edition: Record<string, unknown>) => void, value: string): string {
  const edition = structuredClone(shipped) as unknown as Record<string, unknown>;
  set(edition);
  return JSON.stringify(edition).replace('"__value__"', value);
}

const areaDescription = (value: string) =>
  editionWith((e) => {
    (e.areas as Record<string, unknown>[])[2]!.description = '__value__';
  }, value);

const editionVersion = (value: string) =>
  editionWith((e) => {
    e.version = '__value__';
  }, value);

const refusal = (result: FileResult<unknown>) => {
  if (result.ok) throw new Error('expected the file to be refused');
  return { problem: result.problem, words: describeFileProblem(result) };
};

describe('issues of a value that is there but wrong', () => {
  it.each([
    ['a number', '42'],
    ['null', 'null'],
    ['a number too large for JSON', '1e309'],
    ['a list', '["Text"]'],
  ])('calls %s where a text belongs the wrong type, not missing', (_name, value) => {
    const { problem, words } = refusal(editionFormat.parse(areaDescription(value)));
    expect(problem).toEqual({
      code: 'invalid',
      issues: [{ path: ['areas', 2, 'description'], problem: 'wrong-type', expected: 'string' }],
    });
    expect(words).toBe(
      'Die Ausgabe ist fehlerhaft und wurde nicht geladen: Bereich 3, „description“ hat den falschen Typ (erwartet: Text).',
    );
  });

  it('says a text is too long, with the limit', () => {
    const { problem, words } = refusal(
      editionFormat.parse(areaDescription(JSON.stringify('x'.repeat(301)))),
    );
    expect(problem).toEqual({
      code: 'invalid',
      issues: [{ path: ['areas', 2, 'description'], problem: 'too-long', maximum: 300 }],
    });
    expect(words).toContain('Bereich 3, „description“ ist zu lang (höchstens 300).');
  });

  it('tells a number beyond JSON, a number out of range and a fraction apart', () => {
    const issueOf = (value: string) => {
      const { problem } = refusal(editionFormat.parse(editionVersion(value)));
      return problem.code === 'invalid' ? problem.issues : [];
    };
    expect(issueOf('1e309')).toEqual([{ path: ['version'], problem: 'out-of-range' }]);
    expect(issueOf('0')).toEqual([{ path: ['version'], problem: 'too-small', minimum: 1 }]);
    expect(issueOf('1.5')).toEqual([{ path: ['version'], problem: 'wrong-type', expected: 'int' }]);
    expect(refusal(editionFormat.parse(editionVersion('1e309'))).words).toContain(
      '„version“ ist eine Zahl außerhalb des erlaubten Bereichs.',
    );
    expect(refusal(editionFormat.parse(editionVersion('1.5'))).words).toContain(
      '„version“ hat den falschen Typ (erwartet: ganze Zahl).',
    );
  });

  it('still calls a field that is absent missing', () => {
    const edition = structuredClone(shipped) as { areas: { title?: string }[] };
    delete edition.areas[2]!.title;
    const { problem, words } = refusal(editionFormat.check(edition));
    expect(problem).toEqual({
      code: 'invalid',
      issues: [{ path: ['areas', 2, 'title'], problem: 'missing' }],
    });
    expect(words).toContain('Bereich 3, „title“ fehlt.');
  });
});

describe('describeFileProblem', () => {
  const say = (format: FormatName, problem: FileProblem) =>
    describeFileProblem({ format, problem });

  it('gives the size cap in the unit of the format', () => {
    expect(say('ampelbogen-sicherung', { code: 'too-large', maxBytes: 50 * 1024 * 1024 })).toBe(
      'Die Datei ist zu groß für eine Sicherung (höchstens 50 MB). Es wurde nichts geändert.',
    );
    expect(say('ampelbogen-anonym', { code: 'too-large', maxBytes: 64 * 1024 })).toBe(
      'Die Datei ist zu groß (höchstens 64 KB). Es wurde nichts gespeichert.',
    );
  });

  it('tells a backup from an edition picked in the wrong place', () => {
    expect(
      say('ampelbogen-sicherung', { code: 'wrong-format', found: 'ampelbogen-edition' }),
    ).toMatch(/^Das ist eine Ausgabe des Ampelbogens, keine Sicherung\./);
    expect(say('ampelbogen-sicherung', { code: 'wrong-format', found: 'ampelbogen-anonym' })).toBe(
      'Das ist keine Sicherung des Ampelbogens. Es wurde nichts geändert.',
    );
    expect(say('ampelbogen-anonym', { code: 'wrong-format', found: undefined })).toBe(
      'Das ist keine anonyme Rückmeldung des Ampelbogens. Sie wurde nicht übernommen.',
    );
  });

  it('names the places of a backup’s cross-checks and counts what it does not list', () => {
    expect(
      say('ampelbogen-sicherung', {
        code: 'invalid',
        issues: [
          { path: ['answers', 4], problem: 'duplicate' },
          { path: ['measures', 0], problem: 'club-mismatch' },
          { path: ['assessments', 2], problem: 'club-missing' },
          { path: ['clubs', 1, 'name'], problem: 'missing' },
          { path: ['clubs', 2], problem: 'duplicate' },
        ],
      }),
    ).toBe(
      'Die Sicherung ist fehlerhaft und wurde nicht eingespielt. Es wurde nichts geändert. Antwort 5 ist doppelt; Schritt 1 nennt einen anderen Verein als seine Einschätzung; Einschätzung 3 gehört zu einem Verein, der fehlt; und 2 weitere Probleme.',
    );
  });

  it('words the device’s refusal of a backup’s editions', () => {
    expect(say('ampelbogen-sicherung', { code: 'edition-missing', edition: 'ni@2' })).toBe(
      'Die Sicherung ist unvollständig: Die Ausgabe „ni@2“ fehlt in der Datei und auf diesem Gerät. Es wurde nichts geändert.',
    );
    expect(say('ampelbogen-sicherung', { code: 'edition-conflict', edition: 'ni@1' })).toMatch(
      /^Die Ausgabe „ni@1“ gibt es auf diesem Gerät schon mit anderem Inhalt\./,
    );
  });
});
