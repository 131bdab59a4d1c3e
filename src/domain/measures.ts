import type { Measure } from './entities';

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
