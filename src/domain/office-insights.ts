import type { ClubCategory, SizeBand } from './entities';
import { cellMatches, type OfficeData, type OfficeFilter, type OfficeSummary } from './aggregation';
import { mayContribute } from './suppression';

// What the office dashboard reads from the figures beyond the figures
// themselves: which statements most need support, which groups of files are
// held back, and whether a filter narrows the selection at all. Pure; the
// words come from the catalogs.

/** One statement in the ranking of where clubs need support. */
export interface SupportNeed {
  /** The criterion's id and its index in the catalogue (and in the summary's criteria). */
  id: string;
  criterion: number;
  /** Index of its area in the catalogue. */
  area: number;
  /** Files counted that were asked it: the shares are of these. */
  asked: number;
  red: number;
  yellow: number;
}

/**
 * The statements ranked by their share of red and yellow among the files asked
 * them, most first; on a tie the larger share of red first, then catalogue
 * order. Only statements whose figure is shown: a held-back figure (counts
 * null, see suppression.ts) never enters, so the ranking reveals nothing the
 * figures do not. Statements without any red or yellow are not listed.
 */
export function rankSupportNeeds(data: OfficeData, summary: OfficeSummary): SupportNeed[] {
  const needs: SupportNeed[] = [];
  summary.criteria.forEach((figure, i) => {
    const counts = figure.counts;
    if (!counts || figure.asked === 0 || counts.red + counts.yellow === 0) return;
    needs.push({
      id: figure.id,
      criterion: i,
      area: data.catalogue.areaOfCriterion.get(figure.id) ?? -1,
      asked: figure.asked,
      red: counts.red,
      yellow: counts.yellow,
    });
  });
  // Shares compared by cross-multiplying whole numbers: no rounding decides a tie.
  return needs.sort(
    (a, b) =>
      (b.red + b.yellow) * a.asked - (a.red + a.yellow) * b.asked ||
      b.red * a.asked - a.red * b.asked ||
      a.criterion - b.criterion,
  );
}

/** A group of files (quarter, category, size band) too small to enter any figure. */
export interface HeldBackGroup {
  period: string;
  category: ClubCategory;
  sizeBand: SizeBand;
  /** 1 or 2. */
  files: number;
}

/**
 * The groups inside the filter that are held back because they hold only 1 or
 * 2 files, oldest quarter first, then by category and size band.
 *
 * For the office's own screen only: the office imported these files itself and
 * sees each one in its file list, so naming the group tells it nothing new. It
 * must never go into anything exported (CSV, PDF), which carry only the count.
 */
export function heldBackGroups(data: OfficeData, filter: OfficeFilter): HeldBackGroup[] {
  return data.cells
    .filter((c) => !mayContribute(c.files) && cellMatches(c, filter))
    .map(({ period, category, sizeBand, files }) => ({ period, category, sizeBand, files }))
    .sort(
      (a, b) =>
        a.period.localeCompare(b.period) ||
        a.category.localeCompare(b.category) ||
        a.sizeBand.localeCompare(b.sizeBand),
    );
}

/** Which parts of a filter leave out some of the files; none when it selects everything. */
export interface Narrowing {
  period: boolean;
  category: boolean;
  sizeBand: boolean;
}

/** Whether the filter leaves out files by period, category or size band. */
export function narrowing(data: OfficeData, filter: OfficeFilter): Narrowing {
  const first = data.periods[0];
  const last = data.periods.at(-1);
  return {
    period:
      (filter.from !== null && first !== undefined && filter.from > first) ||
      (filter.to !== null && last !== undefined && filter.to < last),
    category: filter.category !== 'all',
    sizeBand: filter.sizeBand !== 'all',
  };
}
