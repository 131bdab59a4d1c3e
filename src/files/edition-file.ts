import {
  EDITION_FORMAT,
  editionSchema,
  editionSchemaV1,
  editionSchemaV2,
  type Edition,
} from '../domain/edition-schema';
import { defineFormat, version } from './format';
import type { FileResult } from './problems';

/** An edition file is a few dozen KB; anything far larger is not one. */
export const MAX_EDITION_BYTES = 512 * 1024;

/** A format 1 or 2 edition is already in the newest shape: it only lacks ideas or translations. */
const keepAsWritten = (edition: Edition): Edition => edition;

/**
 * The edition file. Its `version` is the edition's own; the format's version
 * is `formatVersion`: 1; 2, where a criterion may carry ideas for a first
 * step; 3, where the edition may carry its texts in other languages. An older
 * file is checked by its own strict schema (an `ideas` or `translations` field
 * there is unknown) and kept as written, so its JSON, and with it the check
 * that one id and version means one content, does not change. The newest
 * version is read through the schema of every version, which picks format 3
 * by the file's `formatVersion`.
 */
export const editionFormat = defineFormat({
  format: EDITION_FORMAT,
  maxBytes: MAX_EDITION_BYTES,
  versionKey: 'formatVersion',
  versions: {
    1: version(editionSchemaV1, { upgrade: keepAsWritten }),
    2: version(editionSchemaV2, { upgrade: keepAsWritten }),
    3: version(editionSchema),
  },
});

/** Validates parsed JSON as an edition, in full, before anything is written. */
export const validateEdition = (data: unknown): FileResult<Edition> => editionFormat.check(data);

/** Reads and validates an edition file picked by the user. */
export const readEditionFile = (file: Blob): Promise<FileResult<Edition>> =>
  editionFormat.read(file);
