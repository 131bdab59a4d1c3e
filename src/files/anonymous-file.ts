import { ANONYMOUS_FORMAT } from '../domain/anonymous';
import { anonymousFileSchema, type AnonymousFile } from '../domain/anonymous-schema';
import { defineFormat, version } from './format';
import type { FileResult } from './problems';

export { anonymousFileSchema };

/** A file of 600 lights is under 30 KB; a larger file is not an anonymous file. */
export const MAX_ANONYMOUS_BYTES = 64 * 1024;

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

/** The file's text: readable JSON, so that anyone can check what it holds. */
export function serialiseAnonymousFile(file: AnonymousFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that tells the period and nothing about the club. */
export function anonymousFileName(file: AnonymousFile): string {
  return `ampelbogen-anonym-${file.period}-${file.fileId.slice(0, 8)}.json`;
}
