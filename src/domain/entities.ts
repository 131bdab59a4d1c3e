import { z } from 'zod';
import { CLUB_CATEGORIES, LIMITS, RATING_IDS, SIZE_BANDS } from './vocabulary';

// The schemas of what the app keeps: one source for each shape, its type
// inferred. First-screen code imports only the types; the schemas are used when
// files come in (backup, restore) and in tests.

/** An ISO instant with its offset, as every stored time stamp is written. */
export const instant = z.iso.datetime({ offset: true });

export const clubSchema = z.strictObject({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(LIMITS.name),
  category: z.enum(CLUB_CATEGORIES),
  sizeBand: z.enum(SIZE_BANDS),
  description: z.string().max(LIMITS.description).optional(),
  createdAt: instant,
  updatedAt: instant,
});

/** How many people of a round chose each light for one statement; never who. */
export const spreadSchema = z.strictObject({
  green: z.number().int().min(0).max(1000),
  yellow: z.number().int().min(0).max(1000),
  red: z.number().int().min(0).max(1000),
  na: z.number().int().min(0).max(1000),
});

export const assessmentSchema = z.strictObject({
  id: z.string().min(1).max(64),
  clubId: z.string().min(1).max(64),
  editionId: z.string().min(1).max(60),
  editionVersion: z.number().int().min(1),
  date: z.iso.date(),
  status: z.enum(['draft', 'done']),
  /** Index of the area the user last looked at, to resume a draft there. */
  lastArea: z.number().int().min(0).max(100),
  createdAt: instant,
  updatedAt: instant,
  finishedAt: instant.optional(),
  /**
   * The lights of a finished assessment, kept with it so that progress reads
   * one row per assessment; set on finishing, removed on reopening.
   */
  ratings: z.record(z.string().min(1).max(60), z.enum(RATING_IDS)).optional(),
  /**
   * The notes of a finished assessment (criterion id → note, none empty): with
   * `ratings` they are its answers, whose rows are removed on finishing and
   * written again on reopening. Absent when it has no note.
   */
  notes: z.record(z.string().min(1).max(60), z.string().min(1).max(LIMITS.note)).optional(),
  /** The meeting date of the finished assessment whose lights this one started from. */
  carriedFrom: z.iso.date().optional(),
  /**
   * On a finished assessment: the criteria whose light was carried over from
   * `carriedFrom` and never confirmed by the group. Absent when there is none.
   */
  unconfirmed: z.array(z.string().min(1).max(60)).max(600).optional(),
  /**
   * The spread of the rounds held for this assessment (criterion id → counts
   * of lights), the newest round's for a statement rated in several. Absent
   * when no round was held.
   */
  spread: z.record(z.string().min(1).max(60), spreadSchema).optional(),
});

export const answerSchema = z.strictObject({
  assessmentId: z.string().min(1).max(64),
  criterionId: z.string().min(1).max(60),
  rating: z.enum(RATING_IDS).optional(),
  note: z.string().max(LIMITS.note).optional(),
  /** The light came from the last assessment and the group has not confirmed it yet. */
  carried: z.literal(true).optional(),
  updatedAt: instant,
});

/** A next step the club plans for a criterion: written in an assessment, kept by the club. */
export const measureSchema = z.strictObject({
  /** "assessmentId/criterionId": one next step per criterion and assessment. */
  id: z.string().min(1).max(130),
  clubId: z.string().min(1).max(64),
  assessmentId: z.string().min(1).max(64),
  criterionId: z.string().min(1).max(60),
  text: z.string().trim().min(1).max(LIMITS.nextStep),
  who: z.string().max(LIMITS.who).optional(),
  due: z.iso.date().optional(),
  status: z.enum(['open', 'done']),
  createdAt: instant,
  updatedAt: instant,
  doneAt: instant.optional(),
});

export type Club = z.infer<typeof clubSchema>;
export type ClubCategory = Club['category'];
export type SizeBand = Club['sizeBand'];
export type Assessment = z.infer<typeof assessmentSchema>;
export type Answer = z.infer<typeof answerSchema>;
export type Measure = z.infer<typeof measureSchema>;
