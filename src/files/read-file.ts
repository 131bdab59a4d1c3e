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

/** Parses JSON text as unknown; the caller validates it in full. */
export function parseJson(text: string): FileResult<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: de.files.notJson };
  }
}
