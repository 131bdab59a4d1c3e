// Schema version 3 as it shipped: a finished assessment keeps a snapshot of
// its lights, so the progress page reads one row per assessment instead of
// every answer. No store changes. Frozen, with what it needs copied in.
import type { Transaction } from 'dexie';

/** Version 3 changes no store. */
export const stores = {};

/** An answer row as versions 1 to 3 keep it. */
interface AnswerRow {
  assessmentId: string;
  criterionId: string;
  rating?: string;
}

/** An assessment row as version 3 keeps it (only the fields this upgrade touches). */
interface AssessmentRow {
  id: string;
  status: string;
  ratings?: Record<string, string>;
}

/** The lights of an assessment as one record (snapshotRatings as of version 3). */
function snapshotRatings(answers: Iterable<AnswerRow>): Record<string, string> {
  const ratings: Record<string, string> = {};
  for (const a of answers) if (a.rating) ratings[a.criterionId] = a.rating;
  return ratings;
}

/** Writes each finished assessment's lights into its row as `ratings`. */
export async function upgrade(tx: Transaction): Promise<void> {
  const answers = tx.table<AnswerRow, [string, string]>('answers');
  const assessments = tx.table<AssessmentRow, string>('assessments');
  const finished = await assessments.where('status').equals('done').toArray();
  for (const a of finished) {
    const ratings = snapshotRatings(await answers.where('assessmentId').equals(a.id).toArray());
    await assessments.update(a.id, { ratings });
  }
}
