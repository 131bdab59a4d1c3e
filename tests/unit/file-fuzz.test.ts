import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import first from '../../src/domain/editions/ni-ampelbogen-v1.json';
import shipped from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { readAnonymousFile, serialiseAnonymousFile } from '../../src/files/anonymous-file';
import { readEditionFile } from '../../src/files/edition-file';
import type { FileProblem, FileResult } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';
import { anonymousFileOf } from '../../src/domain/anonymous';
import type { Edition } from '../../src/domain/edition-schema';
import { damagedVariants, type Json } from '../fixtures/damaged-json';

// The edition file and the anonymous file come from outside too: every
// damaged or hostile variant is refused as a whole, with a code that fits the
// damage and German words that say nothing was taken.
// Neither reader touches storage; what they refuse is never written.

const edition = shipped as Edition;
const anonymous = JSON.parse(
  serialiseAnonymousFile(
    anonymousFileOf(
      {
        edition,
        club: {
          id: 'c1',
          name: 'TV',
          category: 'sport',
          sizeBand: '21-100',
          createdAt: '2026-01-01T10:00:00.000Z',
          updatedAt: '2026-01-01T10:00:00.000Z',
        },
        assessment: {
          id: 'a1',
          clubId: 'c1',
          editionId: edition.id,
          editionVersion: edition.version,
          date: '2026-03-14',
          status: 'done',
          lastArea: 0,
          createdAt: '2026-03-14T10:00:00.000Z',
          updatedAt: '2026-03-14T10:00:00.000Z',
          ratings: Object.fromEntries(
            edition.areas.flatMap((a) => a.criteria.map((c, i) => [c.id, i % 2 ? 'green' : 'red'])),
          ),
        },
        answers: [],
      },
      '0b6f3c1e-8d2a-4f5b-9c7d-1e2f3a4b5c6d',
      '0.1.0',
    ),
  ),
) as Json;

const readers = [
  { name: 'an edition file', valid: shipped as unknown as Json, read: readEditionFile },
  {
    name: 'an edition file of format version 1',
    valid: first as unknown as Json,
    read: readEditionFile,
  },
  { name: 'an anonymous file', valid: anonymous, read: readAnonymousFile },
] as const;

type Code = FileProblem['code'];

/** The damaged text refused with one of the codes, and in German that says nothing was taken. */
async function refuse(
  read: (file: Blob) => Promise<FileResult<unknown>>,
  text: string,
  codes: readonly Code[],
) {
  const result = await read(new Blob([text], { type: 'application/json' }));
  if (result.ok) throw new Error('a damaged file was accepted');
  expect(codes).toContain(result.problem.code);
  // A value that is there is never called missing.
  if (result.problem.code === 'invalid') {
    const parsed = JSON.parse(text) as Json;
    for (const issue of result.problem.issues)
      if (issue.problem === 'missing') expect(has(parsed, issue.path)).toBe(false);
  }
  const words = describeFileProblem(result);
  expect(words.length).toBeGreaterThan(20);
  expect(words).toMatch(/nichts? (gespeichert|übernommen|geladen)|abgelehnt|nicht kennt/);
}

/** Whether a path leads to a value in the JSON. */
function has(value: Json, path: readonly (string | number)[]): boolean {
  let here: Json | undefined = value;
  for (const key of path) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, key)) return false;
    here = (here as Record<string | number, Json>)[key];
  }
  return true;
}

const SCHEMA: readonly Code[] = ['invalid', 'wrong-format', 'bad-version', 'newer-version'];

for (const { name, valid, read } of readers) {
  const v = damagedVariants(valid);

  describe(`reading ${name}, fuzzed`, () => {
    it('accepts the untouched file (so the refusals below are real)', async () => {
      expect((await read(new Blob([JSON.stringify(valid)]))).ok).toBe(true);
    });

    it.each([
      ['mistyped fields', v.mistyped, 600, SCHEMA],
      ['truncated files', v.truncated, 400, ['not-json']],
      ['prototype keys at every level', v.hostileKeys, 300, ['hostile-key']],
      ['huge strings', v.hugeStrings, 100, [...SCHEMA, 'too-large']],
      ['deep nesting', v.deepNesting, 50, ['too-deep', 'too-large']],
      ['numbers out of range', v.hugeNumbers, 100, SCHEMA],
    ] as const)(
      'refuses %s with a code and German words',
      async (_kind, arbitrary, runs, codes) => {
        await fc.assert(
          fc.asyncProperty(arbitrary, (text) => refuse(read, text, codes)),
          { numRuns: runs },
        );
      },
    );
  });
}
