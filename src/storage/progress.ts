// What the progress screen reads: a club's finished assessments, each with the
// edition it was made with and the snapshot of its lights, in one read-only
// transaction.
import type { Assessment, Club } from '../domain/entities';
import type { Edition, RatingId } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';
import { getDb } from './db';

export interface ProgressEntry {
  assessment: Assessment;
  edition: Edition;
  ratings: Record<string, RatingId>;
}

/** A club and its finished assessments (those whose edition is on the device). */
export async function loadProgress(
  clubId: string,
): Promise<{ club: Club; entries: ProgressEntry[] } | null> {
  const db = getDb();
  return db.transaction('r', [db.clubs, db.assessments, db.editions], async () => {
    const club = await db.clubs.get(clubId);
    if (!club) return null;
    const done = (await db.assessments.where('clubId').equals(clubId).toArray()).filter(
      (a) => a.status === 'done',
    );
    const keys = [...new Set(done.map((a) => editionKey(a.editionId, a.editionVersion)))];
    const editions = new Map(
      (await db.editions.bulkGet(keys)).flatMap((e) => (e ? [[e.key, e.edition] as const] : [])),
    );
    const entries: ProgressEntry[] = [];
    for (const assessment of done) {
      const edition = editions.get(editionKey(assessment.editionId, assessment.editionVersion));
      if (!edition) continue;
      // A finished assessment keeps its lights in its row (finishing, the v5
      // upgrade and every restore put them there); it has no answer rows.
      entries.push({ assessment, edition, ratings: assessment.ratings ?? {} });
    }
    return { club, entries };
  });
}
