// What the progress screen reads: a club's finished assessments, each with the
// edition it was made with and its answers, in one read-only transaction.
import type { Answer, Assessment, Club } from '../domain/entities';
import type { Edition } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';
import { getDb } from './db';

export interface ProgressEntry {
  assessment: Assessment;
  edition: Edition;
  answers: Answer[];
}

/** A club and its finished assessments (those whose edition is on the device). */
export async function loadProgress(
  clubId: string,
): Promise<{ club: Club; entries: ProgressEntry[] } | null> {
  const db = getDb();
  return db.transaction('r', [db.clubs, db.assessments, db.answers, db.editions], async () => {
    const club = await db.clubs.get(clubId);
    if (!club) return null;
    const done = (await db.assessments.where('clubId').equals(clubId).toArray()).filter(
      (a) => a.status === 'done',
    );
    const keys = [...new Set(done.map((a) => editionKey(a.editionId, a.editionVersion)))];
    const editions = new Map(
      (await db.editions.bulkGet(keys)).flatMap((e) => (e ? [[e.key, e.edition] as const] : [])),
    );
    const answers = await db.answers
      .where('assessmentId')
      .anyOf(done.map((a) => a.id))
      .toArray();
    const entries = done.flatMap((assessment) => {
      const edition = editions.get(editionKey(assessment.editionId, assessment.editionVersion));
      return edition
        ? [
            {
              assessment,
              edition,
              answers: answers.filter((a) => a.assessmentId === assessment.id),
            },
          ]
        : [];
    });
    return { club, entries };
  });
}
