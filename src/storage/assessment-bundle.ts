// Everything one assessment screen needs, read in one transaction: the
// assessment, its club, the edition it was made with, its answers and the
// club's measures.
import type { Answer, Assessment, Club, Measure } from '../domain/entities';
import type { Edition } from '../domain/edition-schema';
import { answersOf, editionKey } from '../domain/assessment';
import { getDb } from './db';

export interface AssessmentBundle {
  assessment: Assessment;
  club: Club;
  edition: Edition | undefined;
  answers: Answer[];
  /** Every measure of the club: this assessment's next steps and earlier open ones. */
  measures: Measure[];
}

/**
 * Reads an assessment with its club, edition and answers in one read-only
 * transaction (inside a caller's over these tables it joins that one); null
 * when it is gone.
 */
export function loadAssessmentBundle(id: string): Promise<AssessmentBundle | null> {
  const db = getDb();
  return db.transaction(
    'r',
    [db.assessments, db.clubs, db.editions, db.answers, db.measures],
    async () => {
      const assessment = await db.assessments.get(id);
      if (!assessment) return null;
      const [club, stored, rows, measures] = await Promise.all([
        db.clubs.get(assessment.clubId),
        db.editions.get(editionKey(assessment.editionId, assessment.editionVersion)),
        db.answers.where('assessmentId').equals(id).toArray(),
        db.measures.where('clubId').equals(assessment.clubId).toArray(),
      ]);
      if (!club) return null;
      // A finished assessment's answers are in its row; a draft's in answer rows.
      const answers = answersOf(assessment, rows);
      return { assessment, club, edition: stored?.edition, answers, measures };
    },
  );
}

/** What changes on an assessment screen while it is open: the assessment, its answers and next steps. */
export interface AssessmentEntries {
  assessment: Assessment;
  answers: Answer[];
  /** The next steps written in this assessment (earlier ones come with the bundle). */
  measures: Measure[];
}

/**
 * The live part of an assessment screen, for a live query: it runs again when
 * this tab or another writes an answer or a step of this assessment, so every
 * open screen shows the latest of each field. Null when the assessment is gone.
 */
export function readAssessmentEntries(id: string): Promise<AssessmentEntries | null> {
  const db = getDb();
  return db.transaction('r', [db.assessments, db.answers, db.measures], async () => {
    const [assessment, rows, measures] = await Promise.all([
      db.assessments.get(id),
      db.answers.where('assessmentId').equals(id).toArray(),
      db.measures.where('assessmentId').equals(id).toArray(),
    ]);
    return assessment ? { assessment, answers: answersOf(assessment, rows), measures } : null;
  });
}
