import { ideasOf } from './edition';
import type { Edition, RatingId } from './edition-schema';

// What changed from one edition to the next, by id: criterion ids keep their
// meaning forever, so a criterion with the same id is the same question, and a
// large change of its text is worth a warning. Ideas for a first step do not
// change the question, but they are content: new and dropped ones are listed.

export interface CriterionRef {
  id: string;
  text: string;
  areaTitle: string;
}

export interface RewordedCriterion {
  id: string;
  before: string;
  after: string;
  areaTitle: string;
  /** The text changed so much that it may no longer be the same question. */
  drastic: boolean;
}

export interface MovedCriterion extends CriterionRef {
  fromArea: string;
}

/** A kept criterion whose ideas for a first step differ; only the order changed counts as none. */
export interface IdeasChange extends CriterionRef {
  /** Ideas the new edition gives and the old one did not, in the new order. */
  added: string[];
  /** Ideas the old edition gave and the new one does not, in the old order. */
  removed: string[];
}

export interface EditionDiff {
  from: { id: string; version: number; title: string };
  to: { id: string; version: number; title: string };
  titleChanged: boolean;
  areasAdded: { id: string; title: string }[];
  areasRemoved: { id: string; title: string }[];
  areasRenamed: { id: string; before: string; after: string }[];
  criteriaAdded: CriterionRef[];
  criteriaRemoved: CriterionRef[];
  criteriaReworded: RewordedCriterion[];
  criteriaMoved: MovedCriterion[];
  ideasChanged: IdeasChange[];
  thresholds: {
    before: Edition['scale']['thresholds'];
    after: Edition['scale']['thresholds'];
  } | null;
  ratingsChanged: { id: RatingId; before: string; after: string }[];
  /** Criteria whose id is in both editions: answers of these carry over. */
  kept: number;
}

/** Below this similarity of two texts a kept id gets a warning. */
export const DRASTIC_BELOW = 0.5;

const words = (text: string) =>
  text
    .toLocaleLowerCase('de-DE')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);

/**
 * How alike two texts are, from 0 (no word in common) to 1 (the same words):
 * the Dice coefficient of their word multisets, so word order and punctuation
 * matter little and a changed meaning (other words) matters much.
 */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

type IndexedCriterion = CriterionRef & { areaId: string; ideas: readonly string[] };

function criteriaOf(edition: Edition): Map<string, IndexedCriterion> {
  const map = new Map<string, IndexedCriterion>();
  for (const area of edition.areas)
    for (const c of area.criteria)
      map.set(c.id, {
        id: c.id,
        text: c.text,
        areaTitle: area.title,
        areaId: area.id,
        ideas: ideasOf(c),
      });
  return map;
}

/** The items of `a` that `b` lacks, each as often as it is missing. */
function without(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((item) => {
    const i = left.indexOf(item);
    if (i === -1) return true;
    left.splice(i, 1);
    return false;
  });
}

const summary = (e: Edition) => ({ id: e.id, version: e.version, title: e.title });

/** Everything that differs between two editions, in the order of the new one. */
export function diffEditions(from: Edition, to: Edition): EditionDiff {
  const areasBefore = new Map(from.areas.map((a) => [a.id, a]));
  const areasAfter = new Map(to.areas.map((a) => [a.id, a]));
  const before = criteriaOf(from);
  const after = criteriaOf(to);

  const criteriaReworded: RewordedCriterion[] = [];
  const criteriaMoved: MovedCriterion[] = [];
  const ideasChanged: IdeasChange[] = [];
  const criteriaAdded: CriterionRef[] = [];
  let kept = 0;
  for (const [id, now] of after) {
    const was = before.get(id);
    const ref = { id, text: now.text, areaTitle: now.areaTitle };
    if (!was) {
      criteriaAdded.push(ref);
      continue;
    }
    kept += 1;
    if (was.text !== now.text) {
      criteriaReworded.push({
        id,
        before: was.text,
        after: now.text,
        areaTitle: now.areaTitle,
        drastic: textSimilarity(was.text, now.text) < DRASTIC_BELOW,
      });
    }
    if (was.areaId !== now.areaId) criteriaMoved.push({ ...ref, fromArea: was.areaTitle });
    const added = without(now.ideas, was.ideas);
    const removed = without(was.ideas, now.ideas);
    if (added.length > 0 || removed.length > 0) ideasChanged.push({ ...ref, added, removed });
  }
  const criteriaRemoved = [...before.values()]
    .filter((c) => !after.has(c.id))
    .map(({ id, text, areaTitle }) => ({ id, text, areaTitle }));

  const t0 = from.scale.thresholds;
  const t1 = to.scale.thresholds;
  const ratingsChanged = to.scale.ratings.flatMap((r) => {
    const old = from.scale.ratings.find((o) => o.id === r.id);
    const was = old ? `${old.label} (${old.value ?? '–'})` : '';
    const now = `${r.label} (${r.value ?? '–'})`;
    return was === now ? [] : [{ id: r.id, before: was, after: now }];
  });

  return {
    from: summary(from),
    to: summary(to),
    titleChanged: from.title !== to.title,
    areasAdded: to.areas
      .filter((a) => !areasBefore.has(a.id))
      .map((a) => ({ id: a.id, title: a.title })),
    areasRemoved: from.areas
      .filter((a) => !areasAfter.has(a.id))
      .map((a) => ({ id: a.id, title: a.title })),
    areasRenamed: to.areas.flatMap((a) => {
      const was = areasBefore.get(a.id);
      return was && was.title !== a.title ? [{ id: a.id, before: was.title, after: a.title }] : [];
    }),
    criteriaAdded,
    criteriaRemoved,
    criteriaReworded,
    criteriaMoved,
    ideasChanged,
    thresholds: t0.green === t1.green && t0.yellow === t1.yellow ? null : { before: t0, after: t1 },
    ratingsChanged,
    kept,
  };
}

/** True when the two editions ask the same questions in the same way, with the same ideas. */
export function isEmptyDiff(diff: EditionDiff): boolean {
  return (
    !diff.titleChanged &&
    diff.areasAdded.length === 0 &&
    diff.areasRemoved.length === 0 &&
    diff.areasRenamed.length === 0 &&
    diff.criteriaAdded.length === 0 &&
    diff.criteriaRemoved.length === 0 &&
    diff.criteriaReworded.length === 0 &&
    diff.criteriaMoved.length === 0 &&
    diff.ideasChanged.length === 0 &&
    diff.thresholds === null &&
    diff.ratingsChanged.length === 0
  );
}

/** The edition a new one replaces: the newest of the same id below it, else the given default. */
export function editionReplaced<T extends { id: string; version: number }>(
  incoming: { id: string; version: number },
  stored: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const same = stored
    .filter((e) => e.id === incoming.id && e.version < incoming.version)
    .sort((a, b) => b.version - a.version);
  return same[0] ?? fallback;
}
