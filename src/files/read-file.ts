import type { Checked } from './problems';

// The first steps of every file that comes in: size cap before reading, text,
// nesting depth, JSON, keys that could reach a prototype. Each returns a code.

/** Reads a picked file as text, refusing it before reading when it is too large. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<Checked<string>> {
  if (file.size > maxBytes) return { ok: false, problem: { code: 'too-large', maxBytes } };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
}

/**
 * The deepest nesting any format of the app may have. The deepest real one,
 * a backup's edition's criterion's dimensions, is 9 levels down.
 */
export const MAX_DEPTH = 64;

/**
 * True when JSON text nests objects and arrays deeper than `limit`. A scan of
 * the text, so a hostile file is refused before a parser or a later walk over
 * the value spends its stack on it. Brackets inside strings do not count.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  const structural = /["[\]{}]/g;
  let depth = 0;
  for (let match = structural.exec(text); match !== null; match = structural.exec(text)) {
    const c = match[0];
    if (c === '"') {
      let end = match.index;
      for (;;) {
        end = text.indexOf('"', end + 1);
        // An open string: not JSON, which the parser says next.
        if (end === -1) return false;
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92) slashes += 1;
        if (slashes % 2 === 0) break;
      }
      structural.lastIndex = end + 1;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > limit) return true;
    } else {
      depth -= 1;
    }
  }
  return false;
}

/** Parses JSON text as unknown; the caller validates it in full. */
export function parseJson(text: string): Checked<unknown> {
  if (nestsDeeperThan(text, MAX_DEPTH))
    return { ok: false, problem: { code: 'too-deep', maxDepth: MAX_DEPTH } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
}

/** Keys that could reach an object's prototype; no file format of the app uses them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first key, in the order of the file, anywhere in a value that names a
 * prototype, or null. Schemas would drop such keys silently instead of
 * refusing the file, so every format looks for them first. Iterative, so
 * depth costs no stack.
 */
export function findHostileKey(value: unknown): string | null {
  // Keys and values still to visit, the next on top: a walk in document order,
  // so {"constructor": {"prototype": 1}} names "constructor".
  const keys: (string | null)[] = [null];
  const values: unknown[] = [value];
  while (values.length > 0) {
    const key = keys.pop();
    const item = values.pop();
    if (key != null && HOSTILE_KEYS.has(key)) return key;
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i -= 1) {
        keys.push(null);
        values.push(item[i]);
      }
      continue;
    }
    for (const k of Object.keys(item).reverse()) {
      keys.push(k);
      values.push((item as Record<string, unknown>)[k]);
    }
  }
  return null;
}
