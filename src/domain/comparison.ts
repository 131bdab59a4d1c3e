import type { AssessmentView, CriterionState } from './progress';
import { collectAreas, stateOf } from './progress';

/** How one criterion moved between two assessments. */
export type Change = 'better' | 'worse' | 'same' | 'first' | 'not-comparable';

/** One criterion in a comparison. */
export interface CriterionChange {
  criterionId: string;
  text: string;
  before: CriterionState;
  after: CriterionState;
  change: Change;
}

/** A comparison of two assessments, grouped by area, with counts at the top. */
export interface Comparison {
  counts: Record<Change, number>;
  areas: { areaId: string; title: string; changes: CriterionChange[] }[];
}

const RANK: Partial<Record<CriterionState, number>> = { red: 0, yellow: 1, green: 2 };

/**
 * Classifies a move: lights compare by rank; a light where there was none
 * (unanswered, "trifft nicht zu", or not asked) is "first"; anything without a
 * light afterwards cannot be compared. "Nicht erfragt" is never read as red.
 */
export function classifyChange(before: CriterionState, after: CriterionState): Change {
  const a = RANK[before];
  const b = RANK[after];
  if (b === undefined) return 'not-comparable';
  if (a === undefined) return 'first';
  if (b > a) return 'better';
  if (b < a) return 'worse';
  return 'same';
}

/** Compares an earlier and a later assessment criterion by criterion, across editions by id. */
export function compareAssessments(earlier: AssessmentView, later: AssessmentView): Comparison {
  const counts: Record<Change, number> = {
    better: 0,
    worse: 0,
    same: 0,
    first: 0,
    'not-comparable': 0,
  };
  const areas = collectAreas([earlier, later]).map(({ id, title }) => {
    const texts = new Map<string, string>();
    for (const view of [later, earlier]) {
      for (const c of view.edition.areas.find((a) => a.id === id)?.criteria ?? []) {
        if (!texts.has(c.id)) texts.set(c.id, c.text);
      }
    }
    const changes = [...texts].map(([criterionId, text]) => {
      const before = stateOf(earlier.edition, earlier.ratingOf, criterionId);
      const after = stateOf(later.edition, later.ratingOf, criterionId);
      const change = classifyChange(before, after);
      counts[change] += 1;
      return { criterionId, text, before, after, change };
    });
    return { areaId: id, title, changes };
  });
  return { counts, areas };
}
