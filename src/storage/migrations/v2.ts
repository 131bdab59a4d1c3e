// Schema version 2 as it shipped: next steps become the club's measures, with
// who, due date and open/done. Each answer's free-text nextStep moves into an
// open measure. Frozen, with what it needs copied in: a later change of the
// app's code cannot change what this upgrade does.
import type { Transaction } from 'dexie';

/** The stores version 2 adds. */
export const stores = { measures: 'id, clubId, assessmentId, [clubId+criterionId]' };

/** An answer row as version 1 wrote it. */
interface AnswerRow {
  assessmentId: string;
  criterionId: string;
  nextStep?: string;
  updatedAt: string;
}

/** A measure row as version 2 writes it. */
interface MeasureRow {
  id: string;
  clubId: string;
  assessmentId: string;
  criterionId: string;
  text: string;
  status: 'open';
  createdAt: string;
  updatedAt: string;
}

/** The id of the next step of one criterion in one assessment (measureId as of version 2). */
function measureId(assessmentId: string, criterionId: string): string {
  return `${assessmentId}/${criterionId}`;
}

/** Moves every written next step of an answer into an open measure, and drops the answer's field. */
export async function upgrade(tx: Transaction): Promise<void> {
  const clubOf = new Map<string, string>();
  await tx
    .table<{ id: string; clubId: string }, string>('assessments')
    .each((a) => clubOf.set(a.id, a.clubId));
  const moved: MeasureRow[] = [];
  await tx
    .table<AnswerRow, [string, string]>('answers')
    .toCollection()
    .modify((answer) => {
      const text = answer.nextStep?.trim();
      const clubId = clubOf.get(answer.assessmentId);
      if (text && clubId) {
        moved.push({
          id: measureId(answer.assessmentId, answer.criterionId),
          clubId,
          assessmentId: answer.assessmentId,
          criterionId: answer.criterionId,
          text,
          status: 'open',
          createdAt: answer.updatedAt,
          updatedAt: answer.updatedAt,
        });
      }
      delete answer.nextStep;
    });
  await tx.table<MeasureRow, string>('measures').bulkAdd(moved);
}
