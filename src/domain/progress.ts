import type { Spread } from './round';
import { spansYears } from './dates';
import type { Edition, RatingId } from './edition-schema';
import type { Assessment } from './entities';
import { summariseArea, type AreaLight, type RatingCounts, type RatingLookup } from './scoring';

/** One assessment as progress sees it: when, with which edition, and its lights. */
export interface AssessmentView {
  assessment: Assessment;
  edition: Edition;
  ratingOf: RatingLookup;
}

/** One point of an area's series. */
export interface AreaPoint {
  assessmentId: string;
  date: string;
  /** false when the assessment's edition has no such area: "nicht erfragt". */
  asked: boolean;
  value: number | null;
  light: AreaLight;
  counts: RatingCounts;
}

/** An area across a club's assessments, oldest first. */
export interface AreaSeries {
  areaId: string;
  title: string;
  points: AreaPoint[];
}

const NO_COUNTS: RatingCounts = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };

/** Oldest first, so that series read left to right. */
export function chronological(views: readonly AssessmentView[]): AssessmentView[] {
  return [...views].sort((a, b) =>
    a.assessment.date === b.assessment.date
      ? a.assessment.createdAt.localeCompare(b.assessment.createdAt)
      : a.assessment.date.localeCompare(b.assessment.date),
  );
}

/**
 * The areas to show, in the order of the newest edition, followed by areas only
 * older editions had. Areas are matched by id across editions.
 */
export function collectAreas(views: readonly AssessmentView[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const view of [...chronological(views)].reverse()) {
    for (const area of view.edition.areas) if (!seen.has(area.id)) seen.set(area.id, area.title);
  }
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** Each area's value and counts per assessment, each scored with its own edition. */
export function buildAreaSeries(views: readonly AssessmentView[]): AreaSeries[] {
  const ordered = chronological(views);
  return collectAreas(ordered).map(({ id, title }) => ({
    areaId: id,
    title,
    points: ordered.map(({ assessment, edition, ratingOf }) => {
      const area = edition.areas.find((a) => a.id === id);
      const base = { assessmentId: assessment.id, date: assessment.date };
      if (!area) return { ...base, asked: false, value: null, light: null, counts: NO_COUNTS };
      const summary = summariseArea(edition, area, ratingOf);
      return {
        ...base,
        asked: true,
        value: summary.value,
        light: summary.light,
        counts: summary.counts,
      };
    }),
  }));
}

/** A criterion's state in one assessment. */
export type CriterionState = RatingId | 'unanswered' | 'not-asked';

/** One criterion across assessments, for the row of lights. */
export interface CriterionRow {
  criterionId: string;
  text: string;
  cells: {
    assessmentId: string;
    date: string;
    state: CriterionState;
    /** What a round chose for the criterion at that meeting (counts only), if one was held. */
    spread?: Spread;
  }[];
}

/** Every criterion of every edition used, grouped by area, each with its lights over time. */
export function buildCriterionRows(
  views: readonly AssessmentView[],
): { areaId: string; title: string; rows: CriterionRow[] }[] {
  const ordered = chronological(views);
  const newestFirst = [...ordered].reverse();
  return collectAreas(ordered).map(({ id, title }) => {
    const texts = new Map<string, string>();
    for (const view of newestFirst) {
      for (const c of view.edition.areas.find((a) => a.id === id)?.criteria ?? []) {
        if (!texts.has(c.id)) texts.set(c.id, c.text);
      }
    }
    const rows = [...texts].map(([criterionId, text]) => ({
      criterionId,
      text,
      cells: ordered.map(({ assessment, edition, ratingOf }) => ({
        assessmentId: assessment.id,
        date: assessment.date,
        state: stateOf(edition, ratingOf, criterionId),
        ...(assessment.spread && Object.hasOwn(assessment.spread, criterionId)
          ? { spread: assessment.spread[criterionId] }
          : {}),
      })),
    }));
    return { areaId: id, title, rows };
  });
}

/** A criterion's state in one assessment, "nicht erfragt" when its edition lacks it. */
export function stateOf(
  edition: Edition,
  ratingOf: RatingLookup,
  criterionId: string,
): CriterionState {
  const asked = edition.areas.some((a) => a.criteria.some((c) => c.id === criterionId));
  if (!asked) return 'not-asked';
  return ratingOf(criterionId) ?? 'unanswered';
}

/** One cell of the overview: an area at one meeting. */
export type OverviewCell =
  | { assessmentId: string; kind: 'not-asked' }
  | { assessmentId: string; kind: 'no-value' }
  | { assessmentId: string; kind: 'value'; value: number; light: AreaLight };

/** Every area (rows) at every meeting (columns, oldest first), for one picture of the whole. */
export interface Overview {
  columns: { assessmentId: string; date: string }[];
  rows: { areaId: string; title: string; cells: OverviewCell[] }[];
  /** The meetings span more than one calendar year: column dates need their year. */
  withYear: boolean;
}

/** The grid of areas × meetings from the area series, each cell's value and light. */
export function buildOverview(series: readonly AreaSeries[]): Overview {
  const columns = (series[0]?.points ?? []).map((p) => ({
    assessmentId: p.assessmentId,
    date: p.date,
  }));
  const rows = series.map((s) => ({
    areaId: s.areaId,
    title: s.title,
    cells: s.points.map((p): OverviewCell => {
      if (!p.asked) return { assessmentId: p.assessmentId, kind: 'not-asked' };
      if (p.value === null) return { assessmentId: p.assessmentId, kind: 'no-value' };
      return { assessmentId: p.assessmentId, kind: 'value', value: p.value, light: p.light };
    }),
  }));
  return { columns, rows, withYear: spansYears(columns.map((c) => c.date)) };
}
