import type { Spread } from './round';
import type { Edition, RatingId } from './edition-schema';
import type { Answer, Assessment, Club, Measure } from './entities';
import { nameToFileWords } from './file-name';
import { measureId, isOverdue, sortMeasures } from './measures';
import {
  buildAreaSeries,
  buildOverview,
  chronological,
  type AreaPoint,
  type AssessmentView,
  type Overview,
} from './progress';
import { summariseArea, type AreaSummary } from './scoring';

// What the PDF report shows, as plain data: one assessment with every criterion,
// its notes and next steps, the club's progress per area and its open steps.
// Built from what storage loads; the PDF builder only draws it.

/** One finished assessment of the club with its edition and lights. */
export interface ReportHistoryEntry {
  assessment: Assessment;
  edition: Edition;
  ratings: Record<string, RatingId>;
}

/** Everything the report is made from, as storage reads it in one transaction. */
export interface ReportData {
  club: Club;
  assessment: Assessment;
  edition: Edition;
  answers: Answer[];
  /** Every measure of the club. */
  measures: Measure[];
  /** The club's finished assessments, for the progress charts. */
  history: ReportHistoryEntry[];
}

/** One criterion row: its light, note and the next step planned in this assessment. */
export interface ReportCriterion {
  id: string;
  text: string;
  rating: RatingId | undefined;
  note: string | undefined;
  step: Measure | undefined;
  /** The light came from the last assessment and was never confirmed. */
  carried: boolean;
  /** How many chose each light in a round on this statement (counts only), if one was held. */
  spread: Spread | undefined;
}

/** One area: its summary, its criteria and its values over the club's assessments. */
export interface ReportArea {
  id: string;
  title: string;
  summary: AreaSummary;
  criteria: ReportCriterion[];
  /** The area's points, oldest first; empty when no finished assessment asked it. */
  points: AreaPoint[];
}

/** An open step of the club, with the statement it belongs to. */
export interface ReportMeasure {
  measure: Measure;
  criterionText: string;
  /** The date of the meeting that planned it, when that assessment is known. */
  plannedOn: string | undefined;
  overdue: boolean;
}

/**
 * How many of the club's latest meetings the report's progress overview shows:
 * what fits across an A4 page in portrait beside the areas' titles.
 */
export const REPORT_OVERVIEW_MEETINGS = 8;

/** The report of one assessment, ready to draw. */
export interface ReportModel {
  clubName: string;
  /** The assessment reported on, to find its column in the progress overview. */
  assessmentId: string;
  date: string;
  finished: boolean;
  editionTitle: string;
  editionVersion: number;
  /** The meeting day whose lights this assessment started from, if it did. */
  carriedFrom: string | undefined;
  /** How many carried-over lights the group never confirmed. */
  unconfirmed: number;
  ratings: Edition['scale']['ratings'];
  thresholds: Edition['scale']['thresholds'];
  areas: ReportArea[];
  /** How many finished assessments the charts are drawn from. */
  historyCount: number;
  /**
   * Every area (rows) at the club's latest finished meetings (columns, oldest
   * first, at most REPORT_OVERVIEW_MEETINGS), as the progress screen shows it.
   */
  progress: Overview;
  openMeasures: ReportMeasure[];
}

/** Builds the report of one assessment; today (YYYY-MM-DD) decides what is overdue. */
export function buildReportModel(data: ReportData, today: string): ReportModel {
  const { assessment, edition } = data;
  const answers = new Map(data.answers.map((a) => [a.criterionId, a]));
  const measures = new Map(data.measures.map((m) => [m.id, m]));
  const views: AssessmentView[] = chronological(
    data.history.map(({ assessment: a, edition: e, ratings }) => ({
      assessment: a,
      edition: e,
      ratingOf: (id: string) => ratings[id],
    })),
  );
  const series = new Map(buildAreaSeries(views).map((s) => [s.areaId, s.points]));
  const ratingOf = (id: string) => answers.get(id)?.rating;
  const areas = edition.areas.map((area) => ({
    id: area.id,
    title: area.title,
    summary: summariseArea(edition, area, ratingOf),
    criteria: area.criteria.map((c) => ({
      id: c.id,
      text: c.text,
      rating: ratingOf(c.id),
      note: answers.get(c.id)?.note?.trim() || undefined,
      step: measures.get(measureId(assessment.id, c.id)),
      carried: Boolean(answers.get(c.id)?.carried && ratingOf(c.id)),
      spread:
        assessment.spread && Object.hasOwn(assessment.spread, c.id)
          ? assessment.spread[c.id]
          : undefined,
    })),
    points: (series.get(area.id) ?? []).filter((p) => p.asked),
  }));
  return {
    clubName: data.club.name,
    assessmentId: assessment.id,
    date: assessment.date,
    finished: assessment.status === 'done',
    editionTitle: edition.title,
    editionVersion: edition.version,
    carriedFrom: assessment.carriedFrom,
    unconfirmed: areas.flatMap((a) => a.criteria).filter((c) => c.carried).length,
    ratings: edition.scale.ratings,
    thresholds: edition.scale.thresholds,
    areas,
    historyCount: data.history.length,
    // Cut before the series are built, as on the progress screen: the years
    // and the areas are those of the meetings shown.
    progress: buildOverview(buildAreaSeries(views.slice(-REPORT_OVERVIEW_MEETINGS))),
    openMeasures: collectOpenMeasures(data, today),
  };
}

/** The club's open steps in the order of its list, each with its statement's text. */
function collectOpenMeasures(data: ReportData, today: string): ReportMeasure[] {
  const texts = new Map<string, string>();
  const dates = new Map<string, string>([[data.assessment.id, data.assessment.date]]);
  // The newest wording of a statement wins; this assessment's edition first.
  const newestFirst = [...data.history].sort((a, b) =>
    b.assessment.date.localeCompare(a.assessment.date),
  );
  for (const edition of [data.edition, ...newestFirst.map((h) => h.edition)]) {
    for (const c of edition.areas.flatMap((a) => a.criteria))
      if (!texts.has(c.id)) texts.set(c.id, c.text);
  }
  for (const h of data.history) dates.set(h.assessment.id, h.assessment.date);
  return sortMeasures(
    data.measures.filter((m) => m.status === 'open'),
    today,
  ).map((measure) => ({
    measure,
    criterionText: texts.get(measure.criterionId) ?? measure.criterionId,
    plannedOn: dates.get(measure.assessmentId),
    overdue: isOverdue(measure, today),
  }));
}

/**
 * A file name for the report, safe on every system: "ampelbogen-", the club's
 * name in Latin letters (shortened at a word) if it has any, and always the date.
 */
export function reportFileName(date: string, clubName?: string): string {
  const name = nameToFileWords(clubName ?? '');
  const safeDate = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : 'ohne-datum';
  return `ampelbogen-${name ? `${name}-` : ''}${safeDate}.pdf`;
}
