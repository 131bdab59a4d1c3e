import { z } from 'zod';
import { ANONYMOUS_FORMAT, ANONYMOUS_VERSION, type AnonymousFile } from '../domain/anonymous';
import { idSchema } from '../domain/edition-schema';
import { CLUB_CATEGORIES, RATING_IDS, SIZE_BANDS } from '../domain/vocabulary';
import { deFiles } from '../messages/de-files';
import { describeIssues } from './describe-issues';
import { parseJson, readTextFile, type FileResult } from './read-file';

// The anonymous file's one schema: what the app writes is checked against it
// in tests, what the Integrationsbüro reads is validated with it in full.
// docs/anonymous-file.schema.json is generated from it.

/** An edition holds at most 20 areas of 30 criteria. */
const MAX_RATINGS = 600;

/** A file of 600 lights is under 30 KB; a larger file is not an anonymous file. */
export const MAX_ANONYMOUS_BYTES = 64 * 1024;

const quarter = z.string().regex(/^(19|2\d)\d{2}-Q[1-4]$/, 'ein Quartal wie 2026-Q4');

export const anonymousFileSchema = z
  .strictObject({
    format: z.literal(ANONYMOUS_FORMAT),
    version: z.literal(ANONYMOUS_VERSION),
    fileId: z.uuid().describe('random for every file; never the same for two files'),
    appVersion: z
      .string()
      .min(1)
      .max(40)
      .regex(/^[0-9A-Za-z.+-]+$/),
    edition: z.strictObject({ id: idSchema, version: z.number().int().min(1).max(100_000) }),
    period: quarter.describe('the quarter of the assessment, never a day'),
    club: z.strictObject({ category: z.enum(CLUB_CATEGORIES), sizeBand: z.enum(SIZE_BANDS) }),
    ratings: z
      .record(idSchema, z.enum(RATING_IDS))
      .refine((ratings) => Object.keys(ratings).length <= MAX_RATINGS, {
        message: `höchstens ${MAX_RATINGS} Aussagen`,
      })
      .meta({ maxProperties: MAX_RATINGS })
      .describe('the light per answered criterion, by criterion id'),
  })
  .meta({
    title: 'Ampelbogen: anonyme Rückmeldung',
    description:
      'The lights of one assessment for the Integrationsbüro Neu-Isenburg, without anything that names or links the club.',
  });

// The schema and the domain's type must describe the same file.
type SchemaFile = z.infer<typeof anonymousFileSchema>;
const sameShape: [SchemaFile, AnonymousFile] extends [AnonymousFile, SchemaFile] ? true : never =
  true;
void sameShape;

/** Validates parsed JSON as an anonymous file, in full. */
export function validateAnonymousFile(data: unknown): FileResult<AnonymousFile> {
  if (
    typeof data !== 'object' ||
    data === null ||
    (data as { format?: unknown }).format !== ANONYMOUS_FORMAT
  ) {
    return { ok: false, message: deFiles.files.notAnonymous };
  }
  if ((data as { version?: unknown }).version !== ANONYMOUS_VERSION) {
    return { ok: false, message: deFiles.files.anonymousVersion };
  }
  const result = anonymousFileSchema.safeParse(data);
  if (!result.success)
    return {
      ok: false,
      message: deFiles.files.invalidAnonymous(describeIssues(result.error.issues)),
    };
  return { ok: true, value: result.data };
}

/** Reads and validates one anonymous file picked by the user. */
export async function readAnonymousFile(file: Blob): Promise<FileResult<AnonymousFile>> {
  const text = await readTextFile(file, MAX_ANONYMOUS_BYTES);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok) return json;
  return validateAnonymousFile(json.value);
}

/** The file's text: readable JSON, so that anyone can check what it holds. */
export function serialiseAnonymousFile(file: AnonymousFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A file name that tells the period and nothing about the club. */
export function anonymousFileName(file: AnonymousFile): string {
  return `ampelbogen-anonym-${file.period}-${file.fileId.slice(0, 8)}.json`;
}
