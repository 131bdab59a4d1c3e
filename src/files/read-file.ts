import { de } from '../messages/de';

/** The outcome of reading an untrusted file: the value, or a German message. */
export type FileResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads a picked file as text, refusing it before reading when it is too large. */
export async function readTextFile(file: Blob, maxBytes: number): Promise<FileResult<string>> {
  if (file.size > maxBytes)
    return { ok: false, message: de.files.tooLarge(Math.round(maxBytes / 1024)) };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, message: de.files.unreadable };
  }
}

/** Keys that could reach an object's prototype; no file format of the app uses them. */
const HOSTILE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses JSON text as unknown; the caller validates it in full. A file with a
 * key such as "__proto__" anywhere is refused here as a whole: schemas would
 * otherwise drop such keys silently instead of rejecting the file.
 */
export function parseJson(text: string): FileResult<unknown> {
  let hostile = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (HOSTILE_KEYS.has(key)) hostile = true;
      return v;
    });
  } catch {
    return { ok: false, message: de.files.notJson };
  }
  return hostile ? { ok: false, message: de.files.hostileKeys } : { ok: true, value };
}
