import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ALPHABET,
  checkValue,
  decodeChecked,
  encodeChecked,
  groupSymbols,
} from '../../src/files/crockford';
import {
  answersBytes,
  answersCode,
  crc16,
  joinBytes,
  joinCode,
  readRoundCode,
} from '../../src/files/round-code';
import type { RoundAnswers, RoundJoin } from '../../src/domain/round';
import { RATING_IDS } from '../../src/domain/vocabulary';

const hexId = fc
  .uint8Array({ minLength: 4, maxLength: 4 })
  .map((b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(''));
const light = fc.constantFrom(null, ...RATING_IDS);

const answersArb: fc.Arbitrary<RoundAnswers> = fc.record({
  round: hexId,
  participant: hexId,
  ratings: fc.array(light, { minLength: 1, maxLength: 600 }),
});

const joinArb: fc.Arbitrary<RoundJoin> = fc
  .record({
    round: hexId,
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,59}$/),
    version: fc.integer({ min: 1, max: 100_000 }),
    criteria: fc.integer({ min: 1, max: 600 }),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
  })
  .filter((r) => r.id !== 'constructor' && r.id !== 'prototype')
  .map((r) => ({
    round: r.round,
    edition: { id: r.id, version: r.version },
    criteria: r.criteria,
    selected: [...new Set(r.picks.map((p) => p % r.criteria))].sort((a, b) => a - b),
  }));

/** Any code of either kind. */
const codeArb = fc.oneof(answersArb.map(answersCode), joinArb.map(joinCode));

const fiftyLights: RoundAnswers = {
  round: '0a1b2c3d',
  participant: 'deadbeef',
  ratings: Array.from({ length: 50 }, (_, i) => [...RATING_IDS, null][i % 5] ?? null),
};

describe('round codes', () => {
  it('reads back every participant answer code it writes', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const read = readRoundCode(answersCode(answers));
        expect(read).toEqual({
          ok: true,
          value: { format: 'ampelbogen-runde', version: 1, kind: 'answers', ...answers },
        });
      }),
    );
  });

  it('reads back every join code it writes', () => {
    fc.assert(
      fc.property(joinArb, (join) => {
        const read = readRoundCode(joinCode(join));
        expect(read).toEqual({
          ok: true,
          value: { format: 'ampelbogen-runde', version: 1, kind: 'join', ...join },
        });
      }),
    );
  });

  it('catches any single changed symbol', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), fc.integer({ min: 1, max: 31 }), (code, at, shift) => {
        const i = at % code.length;
        const value = ALPHABET.indexOf(code[i] as string);
        const changed = code.slice(0, i) + ALPHABET[(value + shift) % 32] + code.slice(i + 1);
        const read = readRoundCode(changed);
        expect(read.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('catches any truncated code', () => {
    fc.assert(
      fc.property(codeArb, fc.nat(), (code, cut) => {
        const kept = code.slice(0, cut % code.length);
        expect(readRoundCode(kept).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a typed code in groups, in lower case and with O, I and L for 0 and 1', () => {
    const code = answersCode(fiftyLights);
    const typed = groupSymbols(code).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(readRoundCode(` ${typed} `)).toMatchObject({ ok: true, value: fiftyLights });
  });

  it('keeps one participant of 50 statements within 40 bytes and a version 3 QR code', () => {
    expect(answersBytes(fiftyLights).length).toBeLessThanOrEqual(40);
    // QR version 3 at correction level M holds 61 alphanumeric symbols.
    expect(answersCode(fiftyLights).length).toBeLessThanOrEqual(61);
  });

  it('names symbols a code cannot have', () => {
    expect(readRoundCode('ABC!D-U')).toMatchObject({
      ok: false,
      format: 'ampelbogen-runde',
      problem: { code: 'bad-characters', found: ['!', 'U'] },
    });
  });

  it('refuses the payload of another app and of a newer version', () => {
    const foreign = encodeChecked(Uint8Array.from([0x12, 0x34, 0x56, 0x78, 0x9a]));
    expect(readRoundCode(foreign)).toMatchObject({
      ok: false,
      problem: { code: 'wrong-format' },
    });
    const bytes = answersBytes(fiftyLights);
    const body = bytes.slice(0, -2);
    body[1] = (2 << 4) | 2;
    const crc = crc16(body);
    const newer = encodeChecked(Uint8Array.from([...body, crc >> 8, crc & 0xff]));
    expect(readRoundCode(newer)).toMatchObject({
      ok: false,
      problem: { code: 'newer-version', version: 2, newest: 1 },
    });
  });

  it('refuses a join code whose selection lies beyond its criteria, though its CRC fits', () => {
    const join: RoundJoin = {
      round: '01020304',
      edition: { id: 'ni-ampelbogen', version: 2 },
      criteria: 10,
      selected: [0, 9],
    };
    const bytes = joinBytes(join);
    const body = bytes.slice(0, -2);
    // The mask's last byte: bit for position 10 and beyond set.
    body[body.length - 1] = 0xff;
    const crc = crc16(body);
    const code = encodeChecked(Uint8Array.from([...body, crc >> 8, crc & 0xff]));
    expect(readRoundCode(code)).toMatchObject({ ok: false, problem: { code: 'invalid' } });
  });

  it('tells a wrong check symbol from a damaged body', () => {
    const code = answersCode(fiftyLights);
    const last = ALPHABET.indexOf(code.at(-1) as string);
    expect(readRoundCode(code.slice(0, -1) + ALPHABET[(last + 1) % 32])).toMatchObject({
      ok: false,
      problem: { code: 'bad-check' },
    });
    // A body with a wrong CRC but a fitting check symbol.
    const bytes = answersBytes(fiftyLights);
    bytes[5] = (bytes[5] as number) ^ 1;
    expect(readRoundCode(encodeChecked(bytes))).toMatchObject({
      ok: false,
      problem: { code: 'damaged' },
    });
  });
});

describe('check symbols', () => {
  it('changes with any single symbol', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 120 }),
        fc.nat(),
        fc.integer({ min: 1, max: 31 }),
        (values, at, shift) => {
          const i = at % values.length;
          const changed = [...values];
          changed[i] = ((values[i] as number) + shift) % 32;
          expect(checkValue(changed)).not.toBe(checkValue(values));
        },
      ),
    );
  });

  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 80 }), (bytes) => {
        expect(decodeChecked(encodeChecked(bytes))).toEqual({ ok: true, bytes });
      }),
    );
  });
});
