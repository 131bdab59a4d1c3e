// Bytes as text a person can read aloud and type: Crockford's base 32 (digits
// and capitals without I, L, O and U; on input I and L read as 1, O as 0,
// lower case as upper, hyphens and spaces ignored), plus one check symbol of
// the same alphabet (Luhn mod 32), so a mistyped symbol is caught before the
// bytes are even looked at. Every symbol is also in the QR code's
// alphanumeric mode, so the same text makes a small QR code.

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUE = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]));
VALUE.set('O', 0);
VALUE.set('I', 1);
VALUE.set('L', 1);

/** The bytes as symbols, most significant bit first; the last symbol is padded with zero bits. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of symbols written by encodeBase32; null when the padding bits are
 * not zero or the symbols leave more than a byte's padding (neither comes from
 * encodeBase32).
 */
export function decodeBase32(values: readonly number[]): Uint8Array | null {
  const length = Math.floor((values.length * 5) / 8);
  if (Math.ceil((length * 8) / 5) !== values.length) return null;
  const bytes = new Uint8Array(length);
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const value of values) {
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[i++] = (buffer >> bits) & 255;
      buffer &= (1 << bits) - 1;
    }
  }
  return buffer === 0 ? bytes : null;
}

/** The Luhn mod 32 check value of symbol values: any single changed symbol changes it. */
export function checkValue(values: readonly number[]): number {
  let sum = 0;
  let double = true;
  for (let i = values.length - 1; i >= 0; i--) {
    let addend = (values[i] as number) * (double ? 2 : 1);
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
    double = !double;
  }
  return (32 - (sum % 32)) % 32;
}

/** The bytes as symbols followed by their check symbol. */
export function encodeChecked(bytes: Uint8Array): string {
  const text = encodeBase32(bytes);
  return text + ALPHABET[checkValue([...text].map((c) => VALUE.get(c) as number))];
}

export type ReadSymbols =
  | { ok: true; bytes: Uint8Array }
  /** Symbols outside the alphabet, each once, in the order met. */
  | { ok: false; problem: 'characters'; found: string[] }
  | { ok: false; problem: 'too-short' }
  /** The check symbol does not fit, or the padding is not zero: a symbol is wrong. */
  | { ok: false; problem: 'check' };

/** Symbols as written or typed (any case, hyphens and spaces between), checked. */
export function decodeChecked(text: string): ReadSymbols {
  const plain = text.toUpperCase().replace(/[\s-]/g, '');
  const unknown = [...new Set([...plain].filter((c) => !VALUE.has(c)))];
  if (unknown.length > 0) return { ok: false, problem: 'characters', found: unknown };
  if (plain.length < 2) return { ok: false, problem: 'too-short' };
  const values = [...plain].map((c) => VALUE.get(c) as number);
  const check = values.pop() as number;
  if (checkValue(values) !== check) return { ok: false, problem: 'check' };
  const bytes = decodeBase32(values);
  return bytes ? { ok: true, bytes } : { ok: false, problem: 'check' };
}

/** A code in groups of four symbols, as it is shown for typing. */
export function groupSymbols(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? '';
}
