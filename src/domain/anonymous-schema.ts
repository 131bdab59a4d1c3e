import { z } from 'zod';
import { idSchema, ruleIssue } from './edition-schema';
import {
  ANONYMOUS_FORMAT,
  ANONYMOUS_VERSION,
  CLUB_CATEGORIES,
  RATING_IDS,
  SIZE_BANDS,
} from './vocabulary';

// The anonymous file's one schema and the single source of its type: what the
// app writes is checked against it in tests, what the Integrationsbüro reads
// is validated with it in full (src/files/anonymous-file.ts).
// docs/anonymous-file.schema.json is generated from it. Like the edition
// schema, it loads only with the file checks; the first screen imports types.

/** An edition holds at most 20 areas of 30 criteria. */
export const MAX_RATINGS = 600;

const quarter = z.string().regex(/^(19|2\d)\d{2}-Q[1-4]$/);

/** Version 1 of the anonymous file. */
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
      .superRefine((ratings, ctx) => {
        if (Object.keys(ratings).length > MAX_RATINGS)
          ctx.addIssue(ruleIssue({ problem: 'too-many-ratings', maximum: MAX_RATINGS }));
      })
      .meta({ maxProperties: MAX_RATINGS })
      .describe('the light per answered criterion, by criterion id'),
  })
  .meta({
    title: 'Ampelbogen: anonyme Rückmeldung',
    description:
      'The lights of one assessment for the Integrationsbüro Neu-Isenburg, without anything that names or links the club.',
  });

/** The anonymous file of one assessment, as written and as read. */
export type AnonymousFile = z.infer<typeof anonymousFileSchema>;
