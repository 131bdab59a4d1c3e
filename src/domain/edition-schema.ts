import { z } from 'zod';
import { LIMITS, MAX_IDEAS, RATING_IDS } from './vocabulary';

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
  /** A translation names an area, criterion or group the edition does not have. */
  | { problem: 'unknown-translated-id'; id: string }
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

const criterionFields = {
  id: idSchema,
  text: text(200),
  hint: text(300).optional(),
  dimensions: z.array(idSchema).max(10),
};

/**
 * Ideas for a first step on a criterion (format version 2): 1 to MAX_IDEAS
 * sentences, each short enough to become a club's next step as it is.
 */
const ideasSchema = z.array(text(LIMITS.idea)).min(1).max(MAX_IDEAS);

const criterionSchemaV1 = z.strictObject(criterionFields);
const criterionSchemaV2 = z.strictObject({ ...criterionFields, ideas: ideasSchema.optional() });

const areasOf = <C extends z.ZodType>(criterion: C) =>
  z
    .array(
      z.strictObject({
        id: idSchema,
        title: text(80),
        description: text(300).optional(),
        criteria: z.array(criterion).min(1).max(30),
      }),
    )
    .min(1)
    .max(20);

/** The Integrationsbüro as the Weitergeben screen shows it. */
const officeFields = {
  name: text(160),
  address: text(160),
  phone: text(40),
  email: z.email().max(160).optional(),
};

/** Everything of an edition but its format version and its areas, the same in every version. */
const envelopeFields = {
  format: z.literal(EDITION_FORMAT),
  id: idSchema,
  version: z.number().int().min(1).max(100_000),
  title: text(120),
  publishedAt: z.iso.date(),
  description: text(600).optional(),
  office: z.strictObject(officeFields).optional(),
  scale: z.strictObject({
    ratings: z.array(ratingSchema).length(RATING_IDS.length),
    thresholds: z.strictObject({
      green: z.number().gt(0).max(1),
      yellow: z.number().min(0).lt(1),
    }),
  }),
};

const dimensionFields = { id: idSchema, label: text(80) };
/** A group a criterion concerns; format version 2 may give it a short word for a one-line tag. */
const dimensionsV1 = z.array(z.strictObject(dimensionFields)).max(20);
const dimensionsV2 = z
  .array(z.strictObject({ ...dimensionFields, short: text(24).optional() }))
  .max(20);

const editionObjectV1 = z.strictObject({
  ...envelopeFields,
  formatVersion: z.literal(1),
  dimensions: dimensionsV1,
  areas: areasOf(criterionSchemaV1),
});

const editionObjectV2 = z.strictObject({
  ...envelopeFields,
  formatVersion: z.literal(2),
  dimensions: dimensionsV2,
  areas: areasOf(criterionSchemaV2),
});

/** A language tag of a translation: "en", "tr", "de-einfach", … */
const languageTag = z
  .string()
  .min(2)
  .max(20)
  .regex(/^[a-z]{2,3}(-[a-z0-9]{2,10})*$/);

const optionalText = (max: number) => text(max).optional();

/**
 * The texts of an edition in one more language (format version 3), by id;
 * every field optional: what is missing shows in the edition's own language.
 * Ids never change with the language, so answers, progress and the
 * anonymous file stay language-free.
 */
export const editionTextsSchema = z.strictObject({
  title: optionalText(120),
  description: optionalText(600),
  office: z.strictObject({ name: optionalText(160) }).optional(),
  ratings: z
    .partialRecord(
      z.enum(RATING_IDS),
      z.strictObject({ label: optionalText(40), meaning: optionalText(120) }),
    )
    .optional(),
  dimensions: z
    .record(idSchema, z.strictObject({ label: optionalText(80), short: optionalText(24) }))
    .optional(),
  areas: z
    .record(idSchema, z.strictObject({ title: optionalText(80), description: optionalText(300) }))
    .optional(),
  criteria: z
    .record(
      idSchema,
      z.strictObject({
        text: optionalText(200),
        hint: optionalText(300),
        ideas: ideasSchema.optional(),
      }),
    )
    .optional(),
});

export type EditionTexts = z.infer<typeof editionTextsSchema>;

const editionObjectV3 = z.strictObject({
  ...envelopeFields,
  formatVersion: z.literal(3),
  office: z
    .strictObject({
      ...officeFields,
      // A file-drop folder of the town's own cloud storage, where a file can be
      // left without a sender. Only https on a named host: the link is opened
      // as it stands.
      dropUrl: z
        .url({ protocol: /^https$/, hostname: z.regexes.domain })
        // The same rule once more as a pattern, so the JSON Schema says it too.
        .regex(/^https:\/\//)
        .max(300)
        .optional(),
    })
    .optional(),
  dimensions: dimensionsV2,
  areas: areasOf(criterionSchemaV2),
  /** The edition's texts in other languages, by language tag. */
  translations: z.record(languageTag, editionTextsSchema).optional(),
});

/** Translations may only name what the edition has. */
function checkTranslations(edition: z.infer<typeof editionObjectV3>, ctx: z.RefinementCtx): void {
  const known = {
    dimensions: new Set(edition.dimensions.map((d) => d.id)),
    areas: new Set(edition.areas.map((a) => a.id)),
    criteria: new Set(edition.areas.flatMap((a) => a.criteria.map((c) => c.id))),
  };
  for (const [lang, texts] of Object.entries(edition.translations ?? {})) {
    for (const part of ['dimensions', 'areas', 'criteria'] as const) {
      for (const id of Object.keys(texts[part] ?? {})) {
        if (!known[part].has(id))
          ctx.addIssue(
            ruleIssue({ problem: 'unknown-translated-id', id }, ['translations', lang, part, id]),
          );
      }
    }
  }
}

/** The rules beyond types and bounds, the same in every format version. */
function checkRules(
  edition:
    | z.infer<typeof editionObjectV1>
    | z.infer<typeof editionObjectV2>
    | z.infer<typeof editionObjectV3>,
  ctx: z.RefinementCtx,
): void {
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
}

/** Format version 1: criteria carry no ideas. */
export const editionSchemaV1 = editionObjectV1.superRefine(checkRules);

/** Format version 2: a criterion may carry ideas for a first step. */
export const editionSchemaV2 = editionObjectV2.superRefine(checkRules);

/** Format version 3, the newest: format 2 with the texts in other languages. */
export const editionSchemaV3 = editionObjectV3.superRefine((edition, ctx) => {
  checkRules(edition, ctx);
  checkTranslations(edition, ctx);
});

/**
 * An Ampelbogen edition in any format version the app reads, kept as it was
 * written: data, not code, validated in full before use. A version 1 edition
 * is already in the newest shape (ideas are optional) and is never rewritten,
 * so one id and version is the same JSON on every device and in every file.
 */
export const editionSchema = z.discriminatedUnion('formatVersion', [
  editionSchemaV1,
  editionSchemaV2,
  editionSchemaV3,
]);

export type Edition = z.infer<typeof editionSchema>;
/** An edition of format version 1, as every app before ideas wrote it. */
export type EditionV1 = z.infer<typeof editionSchemaV1>;
export type Area = Edition['areas'][number];
export type Criterion = Area['criteria'][number];
export type RatingId = (typeof RATING_IDS)[number];
