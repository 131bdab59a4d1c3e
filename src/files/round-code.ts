import { z } from 'zod';
import { idSchema } from '../domain/edition-schema';
import type { RatingId } from '../domain/edition-schema';
import type { RoundAnswers, RoundJoin, RoundLight } from '../domain/round';
import { RATING_IDS } from '../domain/vocabulary';
import { decodeChecked, encodeChecked } from './crockford';
import { defineFormat, version } from './format';
import type { FileIssue, FileResult } from './problems';
import { readTextFile } from './read-file';

// The codes of a round, passed from phone to phone as a QR code or typed: the
// join code (the moderator's, for the participants) and an answer code (a
// participant's, for the moderator). Bytes in a fixed layout (docs/round-code.md),
// guarded by a CRC, written in Crockford's base 32 with a check symbol. On the
// way in the bytes become an envelope { format, version, kind, … } that goes
// through the one path of every format (format.ts): a strict schema per
// version, the checks, the version upgrade. Nothing here writes.

export const ROUND_FORMAT = 'ampelbogen-runde';
export const ROUND_VERSION = 1;

/** A round file (a code shared as a file) is a few hundred bytes at most. */
export const MAX_ROUND_FILE_BYTES = 4096;

/** First byte of every code: which app made it. */
const MAGIC = 0xab;
const KIND = { join: 1, answers: 2 } as const;
/** Most criteria a round can hold: an edition's (20 areas of 30). */
export const MAX_ROUND_CRITERIA = 600;
/** A light as a base-5 digit; 0 is "left open". */
const DIGITS: readonly RoundLight[] = [null, ...RATING_IDS];

const hexId = z.string().regex(/^[0-9a-f]{8}$/);
const envelope = { format: z.literal(ROUND_FORMAT), version: z.literal(1) };

const joinSchemaV1 = z.strictObject({
  ...envelope,
  kind: z.literal('join'),
  round: hexId,
  edition: z.strictObject({ id: idSchema, version: z.number().int().min(1).max(100_000) }),
  criteria: z.number().int().min(1).max(MAX_ROUND_CRITERIA),
  selected: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(MAX_ROUND_CRITERIA - 1),
    )
    .min(1)
    .max(MAX_ROUND_CRITERIA),
});

const answersSchemaV1 = z.strictObject({
  ...envelope,
  kind: z.literal('answers'),
  round: hexId,
  participant: hexId,
  ratings: z.array(z.enum(RATING_IDS).nullable()).min(1).max(MAX_ROUND_CRITERIA),
});

/** Version 1 of a round code, as its bytes read. */
export const roundCodeSchemaV1 = z.discriminatedUnion('kind', [joinSchemaV1, answersSchemaV1]);

/** A code as read: a join (a RoundJoin) or a participant's answers (a RoundAnswers). */
export type RoundCode = z.output<typeof roundCodeSchemaV1>;

function checkSelection(value: z.output<typeof roundCodeSchemaV1>): FileIssue[] {
  if (value.kind !== 'join') return [];
  return value.selected.flatMap((index, i): FileIssue[] => {
    const path = ['selected', i];
    if (index >= value.criteria) return [{ path, problem: 'too-big', maximum: value.criteria - 1 }];
    if (i > 0 && index <= (value.selected[i - 1] as number)) return [{ path, problem: 'invalid' }];
    return [];
  });
}

const format = defineFormat<RoundCode>({
  format: ROUND_FORMAT,
  maxBytes: MAX_ROUND_FILE_BYTES,
  versions: {
    1: version(roundCodeSchemaV1, {
      check: checkSelection,
    }),
  },
});

// --- bytes ---------------------------------------------------------------

/** CRC-16/CCITT-FALSE: every error burst of up to 16 bits changes it. */
export function crc16(bytes: Uint8Array): number {
  let crc = 0xffff;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let bit = 0; bit < 8; bit++) {
      crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
  }
  return crc;
}

/** Bytes that hold any number below 5^n: the lights of n statements. */
export function lightBytes(n: number): number {
  return Math.ceil((5n ** BigInt(n) - 1n).toString(2).length / 8);
}

class Writer {
  private readonly bytes: number[] = [];
  byte(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  uint(value: number, size: number): this {
    for (let i = size - 1; i >= 0; i--) this.byte(Math.floor(value / 256 ** i));
    return this;
  }
  hex(id: string): this {
    for (let i = 0; i < id.length; i += 2) this.byte(parseInt(id.slice(i, i + 2), 16));
    return this;
  }
  big(value: bigint, size: number): this {
    for (let i = size - 1; i >= 0; i--) this.byte(Number((value >> BigInt(8 * i)) & 0xffn));
    return this;
  }
  /** The bytes followed by their CRC. */
  sealed(): Uint8Array {
    const body = Uint8Array.from(this.bytes);
    const crc = crc16(body);
    return Uint8Array.from([...body, crc >> 8, crc & 0xff]);
  }
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}
  get left(): number {
    return this.bytes.length - this.at;
  }
  take(size: number): Uint8Array {
    if (size > this.left) throw new RangeError('past the end');
    const part = this.bytes.subarray(this.at, this.at + size);
    this.at += size;
    return part;
  }
  uint(size: number): number {
    return [...this.take(size)].reduce((n, b) => n * 256 + b, 0);
  }
  hex(size: number): string {
    return [...this.take(size)].map((b) => b.toString(16).padStart(2, '0')).join('');
  }
  big(size: number): bigint {
    return [...this.take(size)].reduce((n, b) => (n << 8n) | BigInt(b), 0n);
  }
}

function header(kind: number): Writer {
  return new Writer().byte(MAGIC).byte((ROUND_VERSION << 4) | kind);
}

/** The bytes of a join code (layout in docs/round-code.md). */
export function joinBytes(join: RoundJoin): Uint8Array {
  const w = header(KIND.join).hex(join.round).uint(join.edition.version, 3);
  w.byte(join.edition.id.length);
  for (const c of join.edition.id) w.byte(c.charCodeAt(0));
  w.uint(join.criteria, 2);
  const mask = new Uint8Array(Math.ceil(join.criteria / 8));
  for (const i of join.selected) mask[i >> 3] = (mask[i >> 3] as number) | (0x80 >> (i & 7));
  for (const b of mask) w.byte(b);
  return w.sealed();
}

/** The bytes of an answer code: the lights as one base-5 number (layout in docs/round-code.md). */
export function answersBytes(answers: RoundAnswers): Uint8Array {
  const n = answers.ratings.length;
  const value = answers.ratings.reduce(
    (acc, rating) => acc * 5n + BigInt(DIGITS.indexOf(rating)),
    0n,
  );
  return header(KIND.answers)
    .hex(answers.round)
    .hex(answers.participant)
    .uint(n, 2)
    .big(value, lightBytes(n))
    .sealed();
}

/** The join code as symbols for a QR code or typing. */
export function joinCode(join: RoundJoin): string {
  return encodeChecked(joinBytes(join));
}

/** A participant's answer code as symbols for a QR code or typing. */
export function answersCode(answers: RoundAnswers): string {
  return encodeChecked(answersBytes(answers));
}

/** The envelope a code's body spells, for the format path; throws RangeError when too short. */
function envelopeOf(body: Uint8Array, kind: number): Record<string, unknown> {
  const r = new Reader(body);
  r.take(2);
  const round = r.hex(4);
  if (kind === KIND.join) {
    const editionVersion = r.uint(3);
    const id = String.fromCharCode(...r.take(r.uint(1)));
    const criteria = r.uint(2);
    const mask = r.take(Math.ceil(criteria / 8));
    if (r.left !== 0) throw new RangeError('bytes left over');
    const selected: number[] = [];
    mask.forEach((b, byte) => {
      for (let bit = 0; bit < 8; bit++) if (b & (0x80 >> bit)) selected.push(byte * 8 + bit);
    });
    return {
      format: ROUND_FORMAT,
      version: 1,
      kind: 'join',
      round,
      edition: { id, version: editionVersion },
      criteria,
      selected,
    };
  }
  const participant = r.hex(4);
  const n = r.uint(2);
  if (n > MAX_ROUND_CRITERIA) throw new RangeError('too many lights');
  let value = r.big(lightBytes(n));
  if (r.left !== 0) throw new RangeError('bytes left over');
  const ratings: (RatingId | null)[] = [];
  for (let i = 0; i < n; i++) {
    ratings.unshift(DIGITS[Number(value % 5n)] ?? null);
    value /= 5n;
  }
  if (value !== 0n) throw new RangeError('lights beyond their count');
  return { format: ROUND_FORMAT, version: 1, kind: 'answers', round, participant, ratings };
}

/**
 * Reads a code, scanned or typed, in full: its symbols and check symbol, the
 * CRC, the app's mark, the version, the layout and then the format's schema.
 */
export function readRoundCode(text: string): FileResult<RoundCode> {
  const refuse = (problem: Extract<FileResult<RoundCode>, { ok: false }>['problem']) =>
    ({ ok: false, format: ROUND_FORMAT, problem }) as const;
  const symbols = decodeChecked(text);
  if (!symbols.ok) {
    if (symbols.problem === 'characters')
      return refuse({ code: 'bad-characters', found: symbols.found });
    return refuse({ code: 'bad-check' });
  }
  const { bytes } = symbols;
  if (bytes.length < 4) return refuse({ code: 'damaged' });
  const body = bytes.subarray(0, bytes.length - 2);
  const crc = ((bytes[bytes.length - 2] as number) << 8) | (bytes[bytes.length - 1] as number);
  if (body[0] !== MAGIC) return refuse({ code: 'wrong-format', found: undefined });
  if (crc16(body) !== crc) return refuse({ code: 'damaged' });
  const codeVersion = (body[1] as number) >> 4;
  const kind = (body[1] as number) & 0x0f;
  if (codeVersion > ROUND_VERSION)
    return refuse({ code: 'newer-version', version: codeVersion, newest: ROUND_VERSION });
  if (codeVersion < 1 || (kind !== KIND.join && kind !== KIND.answers))
    return refuse({ code: 'bad-version' });
  let value: Record<string, unknown>;
  try {
    value = envelopeOf(body, kind);
  } catch (error) {
    if (error instanceof RangeError) return refuse({ code: 'damaged' });
    throw error;
  }
  return format.check(value);
}

/** Reads a code shared as a small file (its text is the code). */
export async function readRoundCodeFile(file: Blob): Promise<FileResult<RoundCode>> {
  const text = await readTextFile(file, MAX_ROUND_FILE_BYTES);
  if (!text.ok) return { ok: false, format: ROUND_FORMAT, problem: text.problem };
  return readRoundCode(text.value.trim());
}
