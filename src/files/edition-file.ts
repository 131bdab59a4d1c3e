import { EDITION_FORMAT, editionSchema, type Edition } from '../domain/edition-schema';
import { defineFormat, version } from './format';
import type { FileResult } from './problems';

/** An edition file is a few dozen KB; anything far larger is not one. */
export const MAX_EDITION_BYTES = 512 * 1024;

/**
 * The edition file. Its `version` is the edition's own; the format's version
 * is `formatVersion`.
 */
export const editionFormat = defineFormat({
  format: EDITION_FORMAT,
  maxBytes: MAX_EDITION_BYTES,
  versionKey: 'formatVersion',
  versions: { 1: version(editionSchema) },
});

/** Validates parsed JSON as an edition, in full, before anything is written. */
export const validateEdition = (data: unknown): FileResult<Edition> => editionFormat.check(data);

/** Reads and validates an edition file picked by the user. */
export const readEditionFile = (file: Blob): Promise<FileResult<Edition>> =>
  editionFormat.read(file);
