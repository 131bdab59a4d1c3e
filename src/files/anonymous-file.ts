import { ANONYMOUS_FORMAT } from '../domain/anonymous';
import { anonymousFileSchema, type AnonymousFile } from '../domain/anonymous-schema';
import type { Edition } from '../domain/edition-schema';
import { defineFormat, version } from './format';
import type { FileResult } from './problems';
import { MAX_ANONYMOUS_BYTES } from './anonymous-size';

export { anonymousFileSchema };

export { MAX_ANONYMOUS_BYTES };

/** The anonymous file for the Integrationsbüro. */
export const anonymousFormat = defineFormat({
  format: ANONYMOUS_FORMAT,
  maxBytes: MAX_ANONYMOUS_BYTES,
  versions: { 1: version(anonymousFileSchema) },
});

/** Validates parsed JSON as an anonymous file, in full. */
export const validateAnonymousFile = (data: unknown): FileResult<AnonymousFile> =>
  anonymousFormat.check(data);

/** Reads and validates one anonymous file picked by the user. */
export const readAnonymousFile = (file: Blob): Promise<FileResult<AnonymousFile>> =>
  anonymousFormat.read(file);

/**
 * A valid file against the editions on the device: when its edition is here,
 * it may rate only that edition's criteria, or its lights would be counted
 * under statements nobody asked. A file whose edition is not here is taken as
 * it is; it counts by criterion id.
 */
export function checkAgainstEditions(
  file: AnonymousFile,
  editions: readonly Edition[],
): FileResult<AnonymousFile> {
  const { id, version } = file.edition;
  const edition = editions.find((e) => e.id === id && e.version === version);
  if (!edition) return { ok: true, value: file };
  const known = new Set(edition.areas.flatMap((a) => a.criteria.map((c) => c.id)));
  const ids = Object.keys(file.ratings).filter((criterion) => !known.has(criterion));
  if (ids.length === 0) return { ok: true, value: file };
  return {
    ok: false,
    format: ANONYMOUS_FORMAT,
    problem: { code: 'unknown-criteria', edition: { id, version }, ids },
  };
}

/** The file's text: readable JSON, so that anyone can check what it holds. */
export function serialiseAnonymousFile(file: AnonymousFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that tells the period and nothing about the club. */
export function anonymousFileName(file: AnonymousFile): string {
  return `ampelbogen-anonym-${file.period}-${file.fileId.slice(0, 8)}.json`;
}
