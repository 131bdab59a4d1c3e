import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import shipped from '../../src/domain/editions/ni-ampelbogen-v1.json';
import { readAnonymousFile, serialiseAnonymousFile } from '../../src/files/anonymous-file';
import { readEditionFile } from '../../src/files/edition-file';
import { anonymousFileOf } from '../../src/domain/anonymous';
import type { Edition } from '../../src/domain/edition-schema';
import { damagedVariants, type Json } from '../fixtures/damaged-json';

// The edition file and the anonymous file come from outside too: every
// damaged or hostile variant is refused as a whole with a German message.
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
  { name: 'an anonymous file', valid: anonymous, read: readAnonymousFile },
] as const;

for (const { name, valid, read } of readers) {
  const v = damagedVariants(valid);
  const refuse = async (text: string) => {
    const result = await read(new Blob([text], { type: 'application/json' }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message.length).toBeGreaterThan(20);
      // Says what happened: refused, nothing taken.
      expect(result.message).toMatch(
        /nichts? (gespeichert|übernommen|geladen)|abgelehnt|nicht kennt/,
      );
    }
  };

  describe(`reading ${name}, fuzzed`, () => {
    it('accepts the untouched file (so the refusals below are real)', async () => {
      expect((await read(new Blob([JSON.stringify(valid)]))).ok).toBe(true);
    });

    it.each([
      ['mistyped fields', v.mistyped, 600],
      ['truncated files', v.truncated, 400],
      ['prototype keys at every level', v.hostileKeys, 300],
      ['huge strings', v.hugeStrings, 100],
      ['deep nesting', v.deepNesting, 50],
      ['numbers out of range', v.hugeNumbers, 100],
    ] as const)('refuses %s with a German message', async (_kind, arbitrary, runs) => {
      await fc.assert(fc.asyncProperty(arbitrary, refuse), { numRuns: runs });
    });
  });
}
