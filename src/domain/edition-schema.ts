import { z } from 'zod';
import { RATING_IDS } from './vocabulary';

// The single source of an edition's shape. Runtime code on the first screen
// only imports the inferred types (erased at build time); the schema itself is
// loaded when a file is validated, so zod stays out of the initial bundle.
// Rules beyond types and bounds report codes (SchemaRule), never words.

/** The name in an edition file's envelope. */
export const EDITION_FORMAT = 'ampelbogen-edition';

/** What a schema's own rules found, as a code with its parameters; ui/ words it. */
export type SchemaRule =
  | { problem: 'duplicate-area-id'; id: string }
  | { problem: 'duplicate-criterion-id'; id: string }
  | { problem: 'unknown-dimension'; id: string }
  | { problem: 'each-light-once' }
  | { problem: 'only-na-without-value' }
  | { problem: 'yellow-below-green' }
  | { problem: 'too-many-ratings'; maximum: number };

/** A zod issue that carries a SchemaRule: the code as message, the rule as params. */
export function ruleIssue(rule: SchemaRule, path: (string | number)[] = []) {
  return { code: 'custom' as const, path, message: rule.problem, params: rule };
}

/**
 * An id: lower-case letters, digits and hyphens. Ids become keys of stored
 * records (a finished assessment's lights, the anonymous file), so the two
 * such words that name an object's prototype are not ids.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .regex(/^(?!(constructor|prototype)$)/);
const text = (max: number) => z.string().trim().min(1).max(max);

const ratingSchema = z.strictObject({
  id: z.enum(RATING_IDS),
  label: text(40),
  meaning: text(120),
  value: z.number().min(0).max(1).nullable(),
});

const criterionSchema = z.strictObject({
  id: idSchema,
  text: text(200),
  hint: text(300).optional(),
  dimensions: z.array(idSchema).max(10),
});

const areaSchema = z.strictObject({
  id: idSchema,
  title: text(80),
  description: text(300).optional(),
  criteria: z.array(criterionSchema).min(1).max(30),
});

/** An Ampelbogen edition: data, not code, validated in full before use. */
export const editionSchema = z
  .strictObject({
    format: z.literal(EDITION_FORMAT),
    formatVersion: z.literal(1),
    id: idSchema,
    version: z.number().int().min(1).max(100_000),
    title: text(120),
    publishedAt: z.iso.date(),
    description: text(600).optional(),
    office: z
      .strictObject({
        name: text(160),
        address: text(160),
        phone: text(40),
        email: z.email().max(160).optional(),
      })
      .optional(),
    scale: z.strictObject({
      ratings: z.array(ratingSchema).length(RATING_IDS.length),
      thresholds: z.strictObject({
        green: z.number().gt(0).max(1),
        yellow: z.number().min(0).lt(1),
      }),
    }),
    dimensions: z.array(z.strictObject({ id: idSchema, label: text(80) })).max(20),
    areas: z.array(areaSchema).min(1).max(20),
  })
  .superRefine((edition, ctx) => {
    const ratingIds = new Set(edition.scale.ratings.map((r) => r.id));
    if (ratingIds.size !== RATING_IDS.length) {
      ctx.addIssue(ruleIssue({ problem: 'each-light-once' }, ['scale', 'ratings']));
    }
    for (const r of edition.scale.ratings) {
      if ((r.id === 'na') !== (r.value === null)) {
        ctx.addIssue(ruleIssue({ problem: 'only-na-without-value' }, ['scale', 'ratings']));
      }
    }
    if (edition.scale.thresholds.yellow >= edition.scale.thresholds.green) {
      ctx.addIssue(ruleIssue({ problem: 'yellow-below-green' }, ['scale', 'thresholds']));
    }
    const dims = new Set(edition.dimensions.map((d) => d.id));
    const areaIds = new Set<string>();
    const criterionIds = new Set<string>();
    edition.areas.forEach((area, a) => {
      if (areaIds.has(area.id)) {
        ctx.addIssue(ruleIssue({ problem: 'duplicate-area-id', id: area.id }, ['areas', a, 'id']));
      }
      areaIds.add(area.id);
      area.criteria.forEach((c, k) => {
        if (criterionIds.has(c.id)) {
          ctx.addIssue(
            ruleIssue({ problem: 'duplicate-criterion-id', id: c.id }, [
              'areas',
              a,
              'criteria',
              k,
              'id',
            ]),
          );
        }
        criterionIds.add(c.id);
        for (const d of c.dimensions) {
          if (!dims.has(d)) {
            ctx.addIssue(
              ruleIssue({ problem: 'unknown-dimension', id: d }, [
                'areas',
                a,
                'criteria',
                k,
                'dimensions',
              ]),
            );
          }
        }
      });
    });
  });

export type Edition = z.infer<typeof editionSchema>;
export type Area = Edition['areas'][number];
export type Criterion = Area['criteria'][number];
export type RatingId = (typeof RATING_IDS)[number];
