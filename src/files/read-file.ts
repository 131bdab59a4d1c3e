import { deFiles } from '../messages/de-files';

/** The outcome of reading an untrusted file: the value, or a German message. */
export type FileResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a picked file as text, refusing it before reading when it is too large. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<FileResult<string>> {
  if (file.size > maxBytes)
    return { ok: false, message: deFiles.files.tooLarge(Math.round(maxBytes / 1024)) };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, message: deFiles.files.unreadable };
  }
}

/** Keys that could reach an object's prototype; no file format of the app uses them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** The outcome of parsing: the value, or why the text was refused. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'not-json'; message: string }
  | { ok: false; reason: 'hostile-key'; key: string; message: string };

/**
 * Parses JSON text as unknown; the caller validates it in full. A file with a
 * key such as "__proto__" anywhere is refused here as a whole: schemas would
 * otherwise drop such keys silently instead of rejecting the file.
 */
export function parseJson(text: string): ParsedJson {
  let hostile: string | null = null;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (hostile === null && HOSTILE_KEYS.has(key)) hostile = key;
      return v;
    });
  } catch {
    return { ok: false, reason: 'not-json', message: deFiles.files.notJson };
  }
  if (hostile !== null)
    return {
      ok: false,
      reason: 'hostile-key',
      key: hostile,
      message: deFiles.files.hostileKey(hostile),
    };
  return { ok: true, value };
}

/**
 * The first key anywhere in a value that names a prototype, or null: the same
 * rule as parseJson for values that did not come through it. Iterative, so
 * depth costs no stack.
 */
export function findHostileKey(value: unknown): string | null {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
      continue;
    }
    for (const key of Object.keys(item)) {
      if (HOSTILE_KEYS.has(key)) return key;
      stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return null;
}
