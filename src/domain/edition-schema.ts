import { z } from 'zod';
import { RATING_IDS } from './vocabulary';

// The single source of an edition's shape. Runtime code on the first screen
// only imports the inferred types (erased at build time); the schema itself is
// loaded when a file is validated, so zod stays out of the initial bundle.

export const idSchema = z
  .string()
  .min(1)
  .max(60)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'nur Kleinbuchstaben, Ziffern und Bindestriche');
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
    format: z.literal('ampelbogen-edition'),
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
      ctx.addIssue({
        code: 'custom',
        path: ['scale', 'ratings'],
        message: 'jede Ampelfarbe genau einmal (green, yellow, red, na)',
      });
    }
    for (const r of edition.scale.ratings) {
      if ((r.id === 'na') !== (r.value === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['scale', 'ratings'],
          message: 'nur „trifft nicht zu“ hat keinen Wert',
        });
      }
    }
    if (edition.scale.thresholds.yellow >= edition.scale.thresholds.green) {
      ctx.addIssue({
        code: 'custom',
        path: ['scale', 'thresholds'],
        message: 'die Schwelle für Gelb muss unter der für Grün liegen',
      });
    }
    const dims = new Set(edition.dimensions.map((d) => d.id));
    const areaIds = new Set<string>();
    const criterionIds = new Set<string>();
    edition.areas.forEach((area, a) => {
      if (areaIds.has(area.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['areas', a, 'id'],
          message: `doppelte Bereichs-ID „${area.id}“`,
        });
      }
      areaIds.add(area.id);
      area.criteria.forEach((c, k) => {
        if (criterionIds.has(c.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['areas', a, 'criteria', k, 'id'],
            message: `doppelte Kriterien-ID „${c.id}“`,
          });
        }
        criterionIds.add(c.id);
        for (const d of c.dimensions) {
          if (!dims.has(d)) {
            ctx.addIssue({
              code: 'custom',
              path: ['areas', a, 'criteria', k, 'dimensions'],
              message: `unbekannte Dimension „${d}“`,
            });
          }
        }
      });
    });
  });

export type Edition = z.infer<typeof editionSchema>;
export type Area = Edition['areas'][number];
export type Criterion = Area['criteria'][number];
export type RatingId = (typeof RATING_IDS)[number];
