import type { Assessment, Measure } from './entities';
import type { Edition } from './edition-schema';

/** The id of the next step of one criterion in one assessment. */
export function measureId(assessmentId: string, criterionId: string): string {
  return `${assessmentId}/${criterionId}`;
}

/** An open step whose date has passed; today as YYYY-MM-DD. */
export function isOverdue(measure: Measure, today: string): boolean {
  return measure.status === 'open' && measure.due !== undefined && measure.due < today;
}

/**
 * The club's list: open steps first (overdue, then by due date, undated last),
 * then done steps, most recently done first.
 */
export function sortMeasures(measures: readonly Measure[], today: string): Measure[] {
  const rank = (m: Measure) => (m.status === 'done' ? 2 : isOverdue(m, today) ? 0 : 1);
  return [...measures].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (a.status === 'done') return (b.doneAt ?? '').localeCompare(a.doneAt ?? '');
    if (a.due !== b.due)
      return a.due === undefined ? 1 : b.due === undefined ? -1 : a.due.localeCompare(b.due);
    return a.createdAt.localeCompare(b.createdAt);
  });
}

/** Open steps from other assessments, by criterion: what the next meeting should see. */
export function openMeasuresByCriterion(
  measures: readonly Measure[],
  exceptAssessmentId: string,
): Map<string, Measure[]> {
  const byCriterion = new Map<string, Measure[]>();
  for (const m of measures) {
    if (m.status !== 'open' || m.assessmentId === exceptAssessmentId) continue;
    byCriterion.set(m.criterionId, [...(byCriterion.get(m.criterionId) ?? []), m]);
  }
  return byCriterion;
}

/** Where a next step came from: the statement and the meeting it was written at. */
export interface StepSource {
  /** The statement's text, or null when its edition is not on the device. */
  statement: string | null;
  /** The meeting's date (YYYY-MM-DD), or null when the assessment is gone. */
  meeting: string | null;
}

/** The statement and meeting of a step, from its assessment and that assessment's edition. */
export function stepSource(
  measure: Measure,
  assessment: Pick<Assessment, 'date'> | undefined,
  edition: Pick<Edition, 'areas'> | undefined,
): StepSource {
  const statement =
    edition?.areas.flatMap((a) => a.criteria).find((c) => c.id === measure.criterionId)?.text ??
    null;
  return { statement, meeting: assessment?.date ?? null };
}
