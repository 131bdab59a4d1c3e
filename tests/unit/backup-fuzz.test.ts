import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import shipped from '../../src/domain/editions/ni-ampelbogen-v1.json';
import { readBackupFile, restoreFromUnknown } from '../../src/files/backup-file';
import { parseJson } from '../../src/files/read-file';
import { restoreBackup } from '../../src/storage/backup';
import { dump, freshDatabase } from '../storage/helpers';
import { sampleBackup } from '../fixtures/backup';

// Import fuzzing: broken, truncated, mistyped and hostile files must all be
// refused with a German message. Most cases are checked without a database
// (validation comes before any write); a sample goes the whole way, file to
// restore, on a device with data, and the tables must be unchanged.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const valid = sampleBackup() as unknown as Json;
const validText = JSON.stringify(valid);

/** Every path into a JSON value, the root included. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

function getAt(value: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)[k]!, value);
}

/** A copy with the value at a path replaced (the root when the path is empty). */
function setAt(value: Json, path: Path, replacement: Json): Json {
  if (path.length === 0) return replacement;
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1]!] = replacement;
  return copy;
}

const allPaths = pathsOf(valid);
const leafPaths = allPaths.filter((p) => {
  const v = getAt(valid, p);
  return v === null || typeof v !== 'object';
});
const objectPaths = allPaths.filter((p) => {
  const v = getAt(valid, p);
  return v !== null && typeof v === 'object' && !Array.isArray(v);
});

const kindOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A value of some JSON type other than the one at the path. */
const swapped = (original: Json) =>
  fc
    .oneof(
      fc.constant<Json>(null),
      fc.boolean(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string({ maxLength: 20 }),
      fc.constant<Json>([]),
      fc.constant<Json>({}),
      fc.array(fc.integer(), { maxLength: 3 }),
    )
    .filter((v) => kindOf(v as Json) !== kindOf(original)) as fc.Arbitrary<Json>;

const mistyped = fc
  .constantFrom(...allPaths)
  .chain((path) => swapped(getAt(valid, path)).map((v) => JSON.stringify(setAt(valid, path, v))));

const truncated = fc
  .integer({ min: 0, max: validText.length - 1 })
  .map((n) => validText.slice(0, n));

const HOSTILE = ['__proto__', 'constructor', 'prototype'];
const hostileKeys = fc
  .tuple(fc.constantFrom(...objectPaths), fc.constantFrom(...HOSTILE), fc.jsonValue())
  .map(([path, key, payload]) => {
    const copy = structuredClone(valid);
    const target = getAt(copy, path) as Record<string, Json>;
    // An own property named like this, as JSON.parse makes it from a file.
    Object.defineProperty(target, key, {
      value: payload,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    return JSON.stringify(copy);
  });

const hugeStrings = fc
  .tuple(fc.constantFrom(...leafPaths), fc.integer({ min: 2_001, max: 200_000 }))
  .map(([path, n]) => JSON.stringify(setAt(valid, path, 'x'.repeat(n))));

const deepNesting = fc
  .tuple(fc.constantFrom(...allPaths), fc.integer({ min: 100, max: 20_000 }), fc.boolean())
  .map(([path, depth, arrays]) => {
    const open = arrays ? '['.repeat(depth) : '{"a":'.repeat(depth);
    const close = arrays ? ']'.repeat(depth) : '}'.repeat(depth);
    const marker = '"__deep__"';
    return JSON.stringify(setAt(valid, path, '__deep__')).replace(marker, `${open}1${close}`);
  });

const hugeArrays = fc
  .tuple(fc.constantFrom(...allPaths), fc.integer({ min: 1_000_001, max: 1_100_000 }))
  .map(([path, n]) => {
    const marker = '"__huge__"';
    return JSON.stringify(setAt(valid, path, '__huge__')).replace(
      marker,
      `[${'0,'.repeat(n - 1)}0]`,
    );
  });

const hugeNumbers = fc
  .tuple(fc.constantFrom(...leafPaths), fc.constantFrom('1e309', '-1e309', '1e308', '-0.5', '1.5'))
  .filter(([path]) => typeof getAt(valid, path) !== 'number' || path.includes('version'))
  .map(([path, n]) => {
    const marker = '"__number__"';
    return JSON.stringify(setAt(valid, path, '__number__')).replace(marker, n);
  });

const wrongEnvelope = fc
  .tuple(fc.oneof(fc.string(), fc.constant('ampelbogen-sicherung'), fc.jsonValue()), fc.jsonValue())
  .filter(([format, version]) => !(format === 'ampelbogen-sicherung' && version === 1))
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

/** Parses and validates a file's text without a database; returns the refusal. */
function refusal(text: string): string {
  const json = parseJson(text);
  const result = json.ok ? restoreFromUnknown(json.value) : json;
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
}

const expectGermanRefusal = (text: string) => {
  const message = refusal(text);
  expect(message.length).toBeGreaterThan(20);
  expect(message).toMatch(/Es wurde nichts (geändert|gespeichert)/);
};

describe('importing a backup file, fuzzed', () => {
  it('accepts the untouched file (so the refusals below are real)', () => {
    expect(restoreFromUnknown(JSON.parse(validText)).ok).toBe(true);
  });

  it.each([
    ['mistyped fields', mistyped, 1500],
    ['truncated files', truncated, 1000],
    ['prototype keys at every level', hostileKeys, 800],
    ['huge strings', hugeStrings, 300],
    ['deep nesting', deepNesting, 150],
    ['numbers out of range', hugeNumbers, 300],
    ['wrong format or version', wrongEnvelope, 500],
    ['foreign files', foreign, 500],
  ] as const)('refuses %s with a German message', (_name, arbitrary, runs) => {
    fc.assert(fc.property(arbitrary, expectGermanRefusal), { numRuns: runs });
  });

  it('refuses huge arrays', () => {
    fc.assert(fc.property(hugeArrays, expectGermanRefusal), { numRuns: 5 });
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
