import type { AnonymousFile } from './anonymous';
import type { Edition, RatingId } from './edition-schema';
import { editionKey } from './assessment';
import { lightForValue, valueOfRating, type AreaLight } from './scoring';

// What the Integrationsbüro view lists: every area and criterion of the
// editions on this device, combined by id, plus the criterion ids that only
// files carry (their edition is not on the device). Each file is read against
// its own edition; nothing a file says about itself beyond its lights is used.

export interface CatalogueCriterion {
  id: string;
  /** The statement, from the newest edition that has it; null when no edition on the device has it. */
  text: string | null;
}

export interface CatalogueArea {
  id: string;
  /** null for the group of criteria that no edition on the device knows. */
  title: string | null;
  criteria: CatalogueCriterion[];
}

export interface Catalogue {
  areas: CatalogueArea[];
  /** Every criterion in display order; indexes into the per-cell counts. */
  criteria: CatalogueCriterion[];
  /** Criterion id → index in `criteria`. */
  criterionIndex: Map<string, number>;
  /** Criterion id → index of its area in `areas`. */
  areaOfCriterion: Map<string, number>;
}

/** The id of the group of criteria whose edition is missing on the device. */
export const UNKNOWN_AREA_ID = '?';

/** Newest first per edition id, the reference edition's id first. */
function orderEditions(editions: readonly Edition[], reference: Edition): Edition[] {
  return [...editions].sort((a, b) => {
    if (a.id !== b.id) {
      if (a.id === reference.id) return -1;
      if (b.id === reference.id) return 1;
      return a.id.localeCompare(b.id);
    }
    return b.version - a.version;
  });
}

/**
 * Combines the editions by area and criterion id; texts come from the newest
 * edition that has them. Criteria that only files carry form a last group.
 */
export function buildCatalogue(
  editions: readonly Edition[],
  reference: Edition,
  files: readonly AnonymousFile[],
): Catalogue {
  const areas: CatalogueArea[] = [];
  const areaById = new Map<string, CatalogueArea>();
  const seen = new Set<string>();
  const all = editions.some((e) => e.id === reference.id && e.version === reference.version)
    ? editions
    : [reference, ...editions];
  for (const edition of orderEditions(all, reference)) {
    for (const area of edition.areas) {
      let target = areaById.get(area.id);
      if (!target) {
        target = { id: area.id, title: area.title, criteria: [] };
        areaById.set(area.id, target);
        areas.push(target);
      }
      for (const criterion of area.criteria) {
        if (seen.has(criterion.id)) continue;
        seen.add(criterion.id);
        target.criteria.push({ id: criterion.id, text: criterion.text });
      }
    }
  }
  const unknown: CatalogueCriterion[] = [];
  for (const file of files) {
    for (const id of Object.keys(file.ratings)) {
      if (seen.has(id)) continue;
      seen.add(id);
      unknown.push({ id, text: null });
    }
  }
  unknown.sort((a, b) => a.id.localeCompare(b.id));
  if (unknown.length > 0) areas.push({ id: UNKNOWN_AREA_ID, title: null, criteria: unknown });
  const criteria = areas.flatMap((a) => a.criteria);
  const criterionIndex = new Map(criteria.map((c, i) => [c.id, i]));
  const areaOfCriterion = new Map<string, number>();
  areas.forEach((area, a) => area.criteria.forEach((c) => areaOfCriterion.set(c.id, a)));
  return { areas, criteria, criterionIndex, areaOfCriterion };
}

/** A criterion's state in one file: a light, unanswered, or not asked by its edition. */
export type CriterionState = RatingId | 'unanswered' | 'not-asked';

/** One area in one file: whether its edition asks the area, its value and light. */
export interface FileArea {
  asked: boolean;
  value: number | null;
  light: AreaLight;
}

/** One file read against the catalogue: a state per criterion and a result per area. */
export interface FileProfile {
  criteria: CriterionState[];
  areas: FileArea[];
}

/** Editions on the device by "id@version". */
export function indexEditions(editions: readonly Edition[]): Map<string, Edition> {
  return new Map(editions.map((e) => [editionKey(e.id, e.version), e]));
}

/**
 * Reads one file's lights. With its edition on the device, a criterion the
 * edition lacks is "not asked" and area values use the edition's areas and
 * scale. Without it, only the criteria the file rates count as asked, areas
 * follow the catalogue and values use the fallback (shipped) scale.
 */
export function profileFile(
  file: AnonymousFile,
  edition: Edition | undefined,
  catalogue: Catalogue,
  fallback: Edition,
): FileProfile {
  const ratings = file.ratings;
  const rated = (id: string): RatingId | undefined =>
    Object.hasOwn(ratings, id) ? ratings[id] : undefined;
  const asked = edition
    ? new Set(edition.areas.flatMap((a) => a.criteria.map((c) => c.id)))
    : new Set(Object.keys(ratings));
  const criteria = catalogue.criteria.map((c): CriterionState => {
    if (!asked.has(c.id)) return 'not-asked';
    return rated(c.id) ?? 'unanswered';
  });
  const scale = edition ?? fallback;
  const areas = catalogue.areas.map((area): FileArea => {
    const ids = edition
      ? edition.areas.find((a) => a.id === area.id)?.criteria.map((c) => c.id)
      : area.id === UNKNOWN_AREA_ID
        ? undefined
        : area.criteria.map((c) => c.id).filter((id) => asked.has(id));
    if (!ids || ids.length === 0) return { asked: false, value: null, light: null };
    let sum = 0;
    let count = 0;
    for (const id of ids) {
      const rating = rated(id);
      const value = rating === undefined ? null : valueOfRating(scale, rating);
      if (value !== null) {
        sum += value;
        count += 1;
      }
    }
    const value = count === 0 ? null : sum / count;
    return { asked: true, value, light: lightForValue(scale, value) };
  });
  return { criteria, areas };
}
