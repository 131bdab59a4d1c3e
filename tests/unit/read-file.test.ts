import { describe, expect, it } from 'vitest';
import shipped from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { backupFormat } from '../../src/files/backup-file';
import { editionFormat } from '../../src/files/edition-file';
import { anonymousFormat } from '../../src/files/anonymous-file';
import { findHostileKey, MAX_DEPTH, nestsDeeperThan, parseJson } from '../../src/files/read-file';
import { describeFileProblem } from '../../src/ui/file-problems';
import { sampleBackup } from '../fixtures/backup';

// The first steps of every file: nesting depth and JSON.

const nested = (depth: number, open = '[', close = ']') =>
  `${open.repeat(depth)}1${close.repeat(depth)}`;

describe('nestsDeeperThan', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(nestsDeeperThan(nested(3), 3)).toBe(false);
    expect(nestsDeeperThan(nested(4), 3)).toBe(true);
    expect(nestsDeeperThan(nested(4, '{"a":', '}'), 3)).toBe(true);
    expect(nestsDeeperThan(`[["${'[{'.repeat(100)}"]]`, 3)).toBe(false);
  });

  it('knows where a string with escaped quotes and backslashes ends', () => {
    expect(nestsDeeperThan(`[["a\\"[[[[", "b\\\\"]]`, 2)).toBe(false);
    expect(nestsDeeperThan(`[["b\\\\", [[1]]]]`, 3)).toBe(true);
  });

  it('passes the deepest real file, a backup with its editions', () => {
    const text = JSON.stringify(sampleBackup());
    expect(nestsDeeperThan(text, 9)).toBe(false);
    expect(nestsDeeperThan(text, 8)).toBe(true);
  });
});

describe('parseJson', () => {
  it('calls JSON nested 100,000 levels deep too deep, not broken', () => {
    expect(parseJson(nested(100_000))).toEqual({
      ok: false,
      problem: { code: 'too-deep', maxDepth: MAX_DEPTH },
    });
    expect(parseJson(nested(MAX_DEPTH))).toEqual({ ok: true, value: expect.any(Array) });
    expect(parseJson('{"a": [1, 2')).toEqual({ ok: false, problem: { code: 'not-json' } });
  });
});

describe('a file nested 100,000 levels deep', () => {
  const deep = (valid: object) =>
    JSON.stringify({ ...valid, extra: '__deep__' }).replace('"__deep__"', nested(100_000));

  it('is refused as too deep by every format, in words that say so', () => {
    const backup = backupFormat.parse(deep(sampleBackup()));
    expect(!backup.ok && backup.problem).toEqual({ code: 'too-deep', maxDepth: 64 });
    expect(!backup.ok && describeFileProblem(backup)).toBe(
      'Die Datei ist zu tief verschachtelt (mehr als 64 Ebenen) und wurde nicht eingespielt. Es wurde nichts geändert.',
    );
    const edition = editionFormat.parse(deep(shipped));
    expect(!edition.ok && describeFileProblem(edition)).toBe(
      'Die Datei ist zu tief verschachtelt (mehr als 64 Ebenen) und wurde abgelehnt. Es wurde nichts gespeichert.',
    );
    const anonymous = anonymousFormat.parse(nested(100_000, '{"a":', '}'));
    expect(!anonymous.ok && anonymous.problem).toEqual({ code: 'too-deep', maxDepth: 64 });
  });
});

describe('findHostileKey', () => {
  it('names the first such key in the order of the file, the outer before the inner', () => {
    const parsed = (text: string) => JSON.parse(text) as unknown;
    expect(findHostileKey(parsed('{"constructor":{"prototype":{"x":1}}}'))).toBe('constructor');
    expect(findHostileKey(parsed('{"a":{"prototype":1},"constructor":1}'))).toBe('prototype');
    expect(findHostileKey(parsed('[{"ok":1},[{"__proto__":{}}]]'))).toBe('__proto__');
    expect(findHostileKey(parsed('{"a":[{"b":"constructor"}]}'))).toBeNull();
  });

  it('gives the key to the words of every format', () => {
    const text = JSON.stringify({ ...sampleBackup(), extra: '__x__' }).replace(
      '"__x__"',
      '{"constructor":{"prototype":{"polluted":true}}}',
    );
    const backup = backupFormat.parse(text);
    expect(!backup.ok && backup.problem).toEqual({ code: 'hostile-key', key: 'constructor' });
    expect(!backup.ok && describeFileProblem(backup)).toBe(
      'Die Datei enthält ein unzulässiges Feld („constructor“) und wurde nicht eingespielt. Es wurde nichts geändert.',
    );
    const anonymous = anonymousFormat.parse('{"constructor":{"prototype":{}}}');
    expect(!anonymous.ok && describeFileProblem(anonymous)).toBe(
      'Die Datei enthält ein unzulässiges Feld („constructor“) und wurde abgelehnt. Es wurde nichts gespeichert.',
    );
  });
});
