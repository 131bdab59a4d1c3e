import type { AnonymousFile } from './anonymous';
import type { Edition } from './edition-schema';
import type { ClubCategory, SizeBand } from './entities';
import { editionKey } from './assessment';
import {
  buildCatalogue,
  indexEditions,
  profileFile,
  type Catalogue,
  type CriterionState,
} from './office-catalogue';
import { countHeldBack, mayContribute, mayShow } from './suppression';

// The Integrationsbüro's figures, recomputed from the lights in the files (a
// file's own summaries are never trusted; the format carries none). Files are
// counted once into cells by (quarter, category, size band) when they load; a
// filter change then only adds up cells (see suppression.ts for why cells).

/** What the office filters by; null / "all" means no restriction. */
export interface OfficeFilter {
  /** First quarter included, e.g. "2026-Q1". */
  from: string | null;
  /** Last quarter included. */
  to: string | null;
  category: ClubCategory | 'all';
  sizeBand: SizeBand | 'all';
}

export const NO_FILTER: OfficeFilter = { from: null, to: null, category: 'all', sizeBand: 'all' };

/** The files of one quarter, category and size band, counted once. */
export interface Cell {
  period: string;
  category: ClubCategory;
  sizeBand: SizeBand;
  files: number;
  /** Per criterion (catalogue order) 5 slots: green, yellow, red, na, unanswered. */
  criteria: Int32Array;
  /** Per area 6 slots: asked, with a value, sum of values, green, yellow, red. */
  areas: Float64Array;
}

const CRITERION_SLOTS = 5;
const AREA_SLOTS = 6;
const SLOT: Record<Exclude<CriterionState, 'not-asked'>, number> = {
  green: 0,
  yellow: 1,
  red: 2,
  na: 3,
  unanswered: 4,
};

/** A slot of a cell's counts; typed arrays are zero-filled, so a slot is never missing. */
const read = (slots: Int32Array | Float64Array, i: number): number => slots[i] ?? 0;
const bump = (slots: Int32Array | Float64Array, i: number, by: number): void => {
  slots[i] = read(slots, i) + by;
};

/** Everything the view needs, computed once per set of files. */
export interface OfficeData {
  catalogue: Catalogue;
  cells: Cell[];
  /** All files imported. */
  total: number;
  /** Files in cells of 1 or 2: never part of any figure. */
  heldBack: number;
  /** Every quarter some file belongs to, oldest first. */
  periods: string[];
  /** Editions that files use but the device lacks, with how many files use each. */
  missingEditions: { id: string; version: number; files: number }[];
}

/** Counts every file into its cell against the editions on the device. */
export function prepareOfficeData(
  files: readonly AnonymousFile[],
  editions: readonly Edition[],
  reference: Edition,
): OfficeData {
  const catalogue = buildCatalogue(editions, reference, files);
  const byKey = indexEditions([reference, ...editions]);
  const nCriteria = catalogue.criteria.length;
  const nAreas = catalogue.areas.length;
  const cells = new Map<string, Cell>();
  const missing = new Map<string, { id: string; version: number; files: number }>();
  for (const file of files) {
    const key = editionKey(file.edition.id, file.edition.version);
    const edition = byKey.get(key);
    if (!edition) {
      const entry = missing.get(key) ?? { ...file.edition, files: 0 };
      entry.files += 1;
      missing.set(key, entry);
    }
    const { category, sizeBand } = file.club;
    const cellKey = `${file.period}|${category}|${sizeBand}`;
    let cell = cells.get(cellKey);
    if (!cell) {
      cell = {
        period: file.period,
        category,
        sizeBand,
        files: 0,
        criteria: new Int32Array(nCriteria * CRITERION_SLOTS),
        areas: new Float64Array(nAreas * AREA_SLOTS),
      };
      cells.set(cellKey, cell);
    }
    cell.files += 1;
    const profile = profileFile(file, edition, catalogue, reference);
    profile.criteria.forEach((state, i) => {
      if (state !== 'not-asked') bump(cell.criteria, i * CRITERION_SLOTS + SLOT[state], 1);
    });
    profile.areas.forEach((area, a) => {
      if (!area.asked) return;
      const at = a * AREA_SLOTS;
      bump(cell.areas, at, 1);
      if (area.value !== null) {
        bump(cell.areas, at + 1, 1);
        bump(cell.areas, at + 2, area.value);
      }
      if (area.light) bump(cell.areas, at + 3 + SLOT[area.light], 1);
    });
  }
  const list = [...cells.values()];
  return {
    catalogue,
    cells: list,
    total: files.length,
    heldBack: countHeldBack(list.map((c) => c.files)),
    periods: [...new Set(files.map((f) => f.period))].sort(),
    missingEditions: [...missing.values()].sort((a, b) =>
      a.id === b.id ? a.version - b.version : a.id.localeCompare(b.id),
    ),
  };
}

/** Lights of one criterion among the files that were asked it. */
export interface LightCounts {
  green: number;
  yellow: number;
  red: number;
  na: number;
  unanswered: number;
}

/** One criterion's figure in a selection. */
export interface CriterionFigure {
  id: string;
  /** Files counted that were asked the criterion: the figure rests on them. */
  asked: number;
  /** Files counted whose edition does not have the criterion ("nicht erfragt"). */
  notAsked: number;
  /** null when fewer than 3 files were asked it: "zu wenige Rückmeldungen". */
  counts: LightCounts | null;
  /** True when, within a group, 1 or 2 files were asked it: their answers stay out of the figure. */
  heldBack: boolean;
}

/** The lights of one area's value per file. */
export interface AreaLights {
  green: number;
  yellow: number;
  red: number;
  /** Asked, but nothing rated that has a value (only "trifft nicht zu" or unanswered). */
  none: number;
}

/** One area's figure in a selection: files that were asked it, mean value, lights. */
export interface AreaFigure {
  id: string;
  asked: number;
  /** Mean over files of each file's area value; null when held back or no value. */
  value: number | null;
  /** null when fewer than 3 files were asked it. */
  lights: AreaLights | null;
}

/** All figures of one selection. */
export interface OfficeSummary {
  /** Files the figures rest on (held-back cells excluded). */
  files: number;
  criteria: CriterionFigure[];
  areas: AreaFigure[];
}

/** True when a cell lies inside the filter. */
export function cellMatches(cell: Cell, filter: OfficeFilter): boolean {
  return (
    (filter.from === null || cell.period >= filter.from) &&
    (filter.to === null || cell.period <= filter.to) &&
    (filter.category === 'all' || cell.category === filter.category) &&
    (filter.sizeBand === 'all' || cell.sizeBand === filter.sizeBand)
  );
}

/** The cells that may enter figures: inside the filter and with 0 or ≥ 3 files. */
function countedCells(cells: readonly Cell[], filter: OfficeFilter): Cell[] {
  return cells.filter((c) => mayContribute(c.files) && cellMatches(c, filter));
}

/** Adds up the area figures of some cells. */
function sumAreas(data: OfficeData, cells: readonly Cell[]): AreaFigure[] {
  return data.catalogue.areas.map((area, a) => {
    const at = a * AREA_SLOTS;
    let asked = 0;
    let withValue = 0;
    let sum = 0;
    const lights: AreaLights = { green: 0, yellow: 0, red: 0, none: 0 };
    for (const cell of cells) {
      const n = read(cell.areas, at);
      const valued = read(cell.areas, at + 1);
      // A part of 1 or 2 files (asked, or with a value) stays out, so differences stay ≥ 3.
      if (n === 0 || !mayContribute(n) || !mayContribute(valued)) continue;
      asked += n;
      withValue += valued;
      sum += read(cell.areas, at + 2);
      lights.green += read(cell.areas, at + 3);
      lights.yellow += read(cell.areas, at + 4);
      lights.red += read(cell.areas, at + 5);
      lights.none += n - valued;
    }
    const shown = mayShow(asked);
    return {
      id: area.id,
      asked,
      value: shown && withValue > 0 ? sum / withValue : null,
      lights: shown ? lights : null,
    };
  });
}

/** Every figure for one filter. */
export function summarise(data: OfficeData, filter: OfficeFilter): OfficeSummary {
  const cells = countedCells(data.cells, filter);
  const criteria = data.catalogue.criteria.map((criterion, i): CriterionFigure => {
    const at = i * CRITERION_SLOTS;
    const counts: LightCounts = { green: 0, yellow: 0, red: 0, na: 0, unanswered: 0 };
    let asked = 0;
    let notAsked = 0;
    let dropped = 0;
    for (const cell of cells) {
      const g = read(cell.criteria, at);
      const y = read(cell.criteria, at + 1);
      const r = read(cell.criteria, at + 2);
      const na = read(cell.criteria, at + 3);
      const u = read(cell.criteria, at + 4);
      const n = g + y + r + na + u;
      notAsked += cell.files - n;
      if (n === 0) continue;
      if (!mayContribute(n)) {
        dropped += n;
        continue;
      }
      asked += n;
      counts.green += g;
      counts.yellow += y;
      counts.red += r;
      counts.na += na;
      counts.unanswered += u;
    }
    const shown = mayShow(asked);
    return {
      id: criterion.id,
      asked,
      notAsked,
      counts: shown ? counts : null,
      heldBack: dropped > 0,
    };
  });
  return {
    files: cells.reduce((n, c) => n + c.files, 0),
    criteria,
    areas: sumAreas(data, cells),
  };
}

export type Granularity = 'quarter' | 'year';

/** One point in time of the area values. */
export interface TrendBucket {
  /** "2026-Q1" or "2026". */
  label: string;
  files: number;
  areas: AreaFigure[];
}

/** Every quarter from one to another, inclusive: "2025-Q4", "2026-Q1", … */
export function quartersBetween(from: string, to: string): string[] {
  const parse = (q: string) => Number(q.slice(0, 4)) * 4 + Number(q.slice(6)) - 1;
  const out: string[] = [];
  for (let n = parse(from); n <= parse(to); n += 1)
    out.push(`${Math.floor(n / 4)}-Q${(n % 4) + 1}`);
  return out;
}

/** The area values per quarter or year inside the filter, with empty buckets between. */
export function summariseTrend(
  data: OfficeData,
  filter: OfficeFilter,
  granularity: Granularity,
): TrendBucket[] {
  const cells = countedCells(data.cells, filter);
  if (cells.length === 0) return [];
  const periods = cells.map((c) => c.period).sort();
  const quarters = quartersBetween(periods[0] ?? '', periods.at(-1) ?? '');
  const labelOf = (q: string) => (granularity === 'year' ? q.slice(0, 4) : q);
  const labels = [...new Set(quarters.map(labelOf))];
  const byLabel = new Map<string, Cell[]>(labels.map((l) => [l, []]));
  for (const cell of cells) byLabel.get(labelOf(cell.period))?.push(cell);
  return labels.map((label) => {
    const inBucket = byLabel.get(label) ?? [];
    return {
      label,
      files: inBucket.reduce((n, c) => n + c.files, 0),
      areas: sumAreas(data, inBucket),
    };
  });
}

/** A share of a whole, 0 to 1; 0 when the whole is 0. */
export function shareOf(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
