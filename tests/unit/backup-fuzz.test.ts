import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import shipped from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { backupFormat, readBackupFile, restoreFromUnknown } from '../../src/files/backup-file';
import type { FileProblem } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';
import { restoreBackup } from '../../src/storage/backup';
import { dump, freshDatabase } from '../storage/helpers';
import { sampleBackup, SPREAD, STAMP } from '../fixtures/backup';
import { damagedVariants, type Json } from '../fixtures/damaged-json';

// Import fuzzing: broken, truncated, mistyped and hostile files must all be
// refused with a code that fits the damage and a German message. Most cases are checked without a database
// (validation comes before any write); a sample goes the whole way, file to
// restore, on a device with data, and the tables must be unchanged.

/**
 * A valid file with an edition of each format version and a round's spread, so
 * that ideas and spreads are damaged too.
 */
const valid = {
  ...sampleBackup(),
  assessments: sampleBackup().assessments.map((a) =>
    a.id === 'a1' ? { ...a, spread: SPREAD } : a,
  ),
  editions: [...sampleBackup().editions, { importedAt: STAMP, edition: shipped }],
} as unknown as Json;
const validText = JSON.stringify(valid);
const { mistyped, truncated, hostileKeys, hugeStrings, deepNesting, hugeArrays, hugeNumbers } =
  damagedVariants(valid);

const wrongEnvelope = fc
  .tuple(fc.oneof(fc.string(), fc.constant('ampelbogen-sicherung'), fc.jsonValue()), fc.jsonValue())
  // Version 4 is the file's own; versions 1 to 3 refuse its spread (1 and 2 its
  // edition of format version 2 too).
  .filter(([format, version]) => !(format === 'ampelbogen-sicherung' && version === 4))
  .map(([format, version]) => JSON.stringify({ ...(valid as object), format, version }));

const foreign = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constant(JSON.stringify(shipped)),
  fc.constant(
    JSON.stringify({
      format: 'ampelbogen-anonym',
      version: 1,
      id: 'x',
      period: '2026-Q1',
      ratings: { 'bildung-01': 'green' },
    }),
  ),
  fc.string(),
);

const ALL = fc.oneof(
  mistyped,
  truncated,
  hostileKeys,
  hugeStrings,
  deepNesting,
  hugeNumbers,
  wrongEnvelope,
  foreign,
);

type Code = FileProblem['code'];
const SCHEMA: readonly Code[] = ['invalid', 'wrong-format', 'bad-version', 'newer-version'];

/** Parses and validates a file's text without a database: refused with one of the codes. */
const expectRefusal = (codes: readonly Code[]) => (text: string) => {
  const result = backupFormat.parse(text);
  if (result.ok) throw new Error('a damaged file was accepted');
  expect(codes).toContain(result.problem.code);
  const words = describeFileProblem(result);
  expect(words.length).toBeGreaterThan(20);
  expect(words).toMatch(/Es wurde nichts (geändert|gespeichert)/);
};

describe('importing a backup file, fuzzed', () => {
  it('accepts the untouched file (so the refusals below are real)', () => {
    expect(restoreFromUnknown(JSON.parse(validText)).ok).toBe(true);
  });

  it.each([
    ['mistyped fields', mistyped, 1500, SCHEMA],
    ['truncated files', truncated, 1000, ['not-json']],
    ['prototype keys at every level', hostileKeys, 800, ['hostile-key']],
    ['huge strings', hugeStrings, 300, SCHEMA],
    ['deep nesting', deepNesting, 150, ['too-deep']],
    ['numbers out of range', hugeNumbers, 300, SCHEMA],
    // Random JSON values may hold a key such as "__proto__" too.
    ['wrong format or version', wrongEnvelope, 500, [...SCHEMA, 'hostile-key']],
    ['foreign files', foreign, 500, ['wrong-format', 'not-json', 'hostile-key']],
  ] as const)(
    'refuses %s with a code and a German message',
    (_name, arbitrary, runs, codes) => {
      fc.assert(fc.property(arbitrary, expectRefusal(codes)), { numRuns: runs });
    },
    // Thousands of generated files: seconds on a small, busy machine.
    30_000,
  );

  it('refuses huge arrays', () => {
    fc.assert(fc.property(hugeArrays, expectRefusal(SCHEMA)), { numRuns: 5 });
  });

  it('leaves the database unchanged, file to restore, for a sample of all kinds', async () => {
    const db = freshDatabase();
    await restoreBackup(sampleBackup(), 'replace');
    const before = await dump(db);
    await fc.assert(
      fc.asyncProperty(ALL, fc.constantFrom('merge', 'replace'), async (text, mode) => {
        const read = await readBackupFile(new Blob([text], { type: 'application/json' }));
        expect(read.ok).toBe(false);
        if (read.ok) await restoreBackup(read.value, mode);
        expect(await dump(db)).toEqual(before);
      }),
      { numRuns: 120 },
    );
  });
});
