import type { AnonymousFile } from './anonymous-schema';
import type { Edition, RatingId } from './edition-schema';
import type { Answer, Assessment, Club, ClubCategory, SizeBand } from './entities';
import { ratingLookup, snapshotLookup } from './assessment';
import type { RatingLookup } from './scoring';
import { ANONYMOUS_FORMAT, ANONYMOUS_VERSION } from './vocabulary';

// The anonymous file for the Integrationsbüro (PRODUCT.md, "Privacy rules"):
// the lights of one finished assessment, the quarter it belongs to, the club's
// category and size band, and nothing that names or links the club. Built
// here from plain values; its schema and type are in anonymous-schema.ts.

export { ANONYMOUS_FORMAT, ANONYMOUS_VERSION };

export type { AnonymousFile };

const ISO_DAY = /^(\d{4})-(\d{2})-\d{2}$/;

/** The quarter of a calendar date: 2026-11-03 → "2026-Q4". */
export function quarterOf(isoDate: string): string {
  const match = ISO_DAY.exec(isoDate);
  if (!match) throw new RangeError(`not a calendar date: ${isoDate}`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new RangeError(`not a calendar date: ${isoDate}`);
  return `${match[1]}-Q${Math.ceil(month / 3)}`;
}

export interface AnonymousInput {
  edition: Edition;
  ratingOf: RatingLookup;
  /** The day of the assessment; only its quarter leaves the device. */
  date: string;
  category: ClubCategory;
  sizeBand: SizeBand;
  /** A fresh random id (crypto.randomUUID()) for this one file. */
  fileId: string;
  appVersion: string;
}

/**
 * The anonymous file of one assessment. Only criteria of the assessment's
 * edition are taken, in the edition's order; an unanswered criterion is left
 * out (the edition tells the reader it was asked).
 */
export function buildAnonymousFile(input: AnonymousInput): AnonymousFile {
  const ratings: Record<string, RatingId> = {};
  for (const area of input.edition.areas) {
    for (const criterion of area.criteria) {
      const rating = input.ratingOf(criterion.id);
      if (rating !== undefined) ratings[criterion.id] = rating;
    }
  }
  return {
    format: ANONYMOUS_FORMAT,
    version: ANONYMOUS_VERSION,
    fileId: input.fileId,
    appVersion: input.appVersion,
    edition: { id: input.edition.id, version: input.edition.version },
    period: quarterOf(input.date),
    club: { category: input.category, sizeBand: input.sizeBand },
    ratings,
  };
}

/** The source an anonymous file is made from: one assessment as the app keeps it. */
export interface AnonymousSource {
  assessment: Assessment;
  club: Club;
  edition: Edition;
  answers: readonly Answer[];
}

/**
 * The anonymous file of a stored assessment: the snapshot of a finished one,
 * else its answers. The club gives only its category and size band.
 */
export function anonymousFileOf(
  source: AnonymousSource,
  fileId: string,
  appVersion: string,
): AnonymousFile {
  const snapshot = source.assessment.ratings;
  return buildAnonymousFile({
    edition: source.edition,
    ratingOf: snapshot ? snapshotLookup(snapshot) : ratingLookup(source.answers),
    date: source.assessment.date,
    category: source.club.category,
    sizeBand: source.club.sizeBand,
    fileId,
    appVersion,
  });
}

/** How many criteria of each light the file carries, for the preview. */
export function countRatings(file: AnonymousFile): Record<RatingId, number> {
  const counts: Record<RatingId, number> = { green: 0, yellow: 0, red: 0, na: 0 };
  for (const rating of Object.values(file.ratings)) counts[rating] += 1;
  return counts;
}
