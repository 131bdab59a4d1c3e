import { editionSchema, type Edition } from '../domain/edition-schema';
import { deFiles } from '../messages/de-files';
import { describeIssues } from './describe-issues';
import { parseJson, readTextFile, type FileResult } from './read-file';

/** An edition file is a few dozen KB; anything far larger is not one. */
export const MAX_EDITION_BYTES = 512 * 1024;

/** Validates parsed JSON as an edition, in full, before anything is written. */
export function validateEdition(data: unknown): FileResult<Edition> {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== 'ampelbogen-edition'
  ) {
    return { ok: false, message: deFiles.files.notEdition };
  }
  const result = editionSchema.safeParse(data);
  if (!result.success)
    return {
      ok: false,
      message: deFiles.files.invalidEdition(describeIssues(result.error.issues)),
    };
  return { ok: true, value: result.data };
}

/** Reads and validates an edition file picked by the user. */
export async function readEditionFile(file: Blob): Promise<FileResult<Edition>> {
  const text = await readTextFile(file, MAX_EDITION_BYTES);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;
  return validateEdition(json.value);
}
