import { describe, expect, it } from 'vitest';
import {
  diffEditions,
  editionReplaced,
  isEmptyDiff,
  textSimilarity,
} from '../../src/domain/edition-diff';
import type { Edition } from '../../src/domain/edition-schema';
import { makeEdition } from '../fixtures/editions';

/** Version 2 of a small edition: one reworded, one drastically reworded, one added, one removed. */
function versions(): { v1: Edition; v2: Edition } {
  const v1 = makeEdition({ areas: [['a1', 'a2', 'a3'], ['b1']] });
  const v2: Edition = structuredClone(v1);
  v2.version = 2;
  const [first, second] = v2.areas;
  first!.criteria[0]!.text = 'Wir tun a1 gern.';
  first!.criteria[1]!.text = 'Unser Vorstand spricht mehrere Sprachen.';
  first!.criteria.splice(2, 1);
  second!.criteria.push({ id: 'b2', text: 'Wir tun b2.', dimensions: [] });
  second!.title = 'Zweiter Bereich';
  return { v1, v2 };
}

describe('diffEditions', () => {
  it('lists added, removed and reworded criteria and warns about a drastic rewording', () => {
    const { v1, v2 } = versions();
    const diff = diffEditions(v1, v2);
    expect(diff.criteriaAdded).toEqual([
      { id: 'b2', text: 'Wir tun b2.', areaTitle: 'Zweiter Bereich' },
    ]);
    expect(diff.criteriaRemoved).toEqual([
      { id: 'a3', text: 'Wir tun a3.', areaTitle: 'Bereich 1' },
    ]);
    expect(diff.criteriaReworded).toEqual([
      {
        id: 'a1',
        before: 'Wir tun a1.',
        after: 'Wir tun a1 gern.',
        areaTitle: 'Bereich 1',
        drastic: false,
      },
      {
        id: 'a2',
        before: 'Wir tun a2.',
        after: 'Unser Vorstand spricht mehrere Sprachen.',
        areaTitle: 'Bereich 1',
        drastic: true,
      },
    ]);
    expect(diff.areasRenamed).toEqual([
      { id: 'area-2', before: 'Bereich 2', after: 'Zweiter Bereich' },
    ]);
    expect(diff.kept).toBe(3);
    expect(diff.thresholds).toBeNull();
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('sees areas added and removed, criteria moved between areas, and a changed scale', () => {
    const v1 = makeEdition({ areas: [['a1'], ['b1', 'b2']] });
    const v2 = makeEdition({
      version: 2,
      areas: [['a1', 'b2']],
      thresholds: { green: 0.8, yellow: 0.4 },
      yellowValue: 0.4,
    });
    const diff = diffEditions(v1, v2);
    expect(diff.areasRemoved).toEqual([{ id: 'area-2', title: 'Bereich 2' }]);
    expect(diff.areasAdded).toEqual([]);
    expect(diff.criteriaMoved).toEqual([
      { id: 'b2', text: 'Wir tun b2.', areaTitle: 'Bereich 1', fromArea: 'Bereich 2' },
    ]);
    expect(diff.criteriaRemoved.map((c) => c.id)).toEqual(['b1']);
    expect(diff.thresholds).toEqual({
      before: { green: 0.75, yellow: 0.4 },
      after: { green: 0.8, yellow: 0.4 },
    });
    expect(diff.ratingsChanged).toEqual([
      { id: 'yellow', before: 'gelb (0.5)', after: 'gelb (0.4)' },
    ]);
  });

  it('finds nothing between an edition and its copy', () => {
    const { v1 } = versions();
    expect(isEmptyDiff(diffEditions(v1, structuredClone(v1)))).toBe(true);
  });
});

describe('diffEditions: ideas for a first step', () => {
  /** Edition 1 as format 2, with the given ideas per criterion id. */
  function withIdeas(version: number, ideas: Record<string, string[]>): Edition {
    const base = makeEdition({ version, areas: [['a1', 'a2', 'a3']] });
    return {
      ...base,
      formatVersion: 2,
      areas: base.areas.map((area) => ({
        ...area,
        criteria: area.criteria.map((c) => {
          const list = ideas[c.id];
          return list ? { ...c, ideas: list } : c;
        }),
      })),
    };
  }

  it('lists ideas added and removed per kept statement, and counts them as a change', () => {
    const before = withIdeas(1, { a1: ['Flyer drucken.', 'Fest planen.'], a2: ['Paten finden.'] });
    const after = withIdeas(2, {
      a1: ['Fest planen.', 'Flyer in einfacher Sprache drucken.'],
      a2: ['Paten finden.'],
      a3: ['Vorstand fragen.'],
    });
    const diff = diffEditions(before, after);
    expect(diff.ideasChanged).toEqual([
      {
        id: 'a1',
        text: 'Wir tun a1.',
        areaTitle: 'Bereich 1',
        added: ['Flyer in einfacher Sprache drucken.'],
        removed: ['Flyer drucken.'],
      },
      {
        id: 'a3',
        text: 'Wir tun a3.',
        areaTitle: 'Bereich 1',
        added: ['Vorstand fragen.'],
        removed: [],
      },
    ]);
    expect(diff.criteriaReworded).toEqual([]);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('takes the first shipped edition’s statements as having no ideas', () => {
    const v1 = makeEdition({ areas: [['a1', 'a2']] });
    const v2 = withIdeas(2, { a1: ['Fest planen.'] });
    v2.areas[0]!.criteria.splice(1, 1);
    const diff = diffEditions(v1, v2);
    expect(diff.ideasChanged).toEqual([
      {
        id: 'a1',
        text: 'Wir tun a1.',
        areaTitle: 'Bereich 1',
        added: ['Fest planen.'],
        removed: [],
      },
    ]);
    // The other way round, the idea is gone; the statement a2 that comes back is added, not its ideas.
    expect(diffEditions(v2, v1).ideasChanged).toEqual([
      {
        id: 'a1',
        text: 'Wir tun a1.',
        areaTitle: 'Bereich 1',
        added: [],
        removed: ['Fest planen.'],
      },
    ]);
  });

  it('finds nothing when only the order of the ideas changed', () => {
    const before = withIdeas(1, { a1: ['Eins.', 'Zwei.'] });
    const after = withIdeas(2, { a1: ['Zwei.', 'Eins.'] });
    const diff = diffEditions(before, after);
    expect(diff.ideasChanged).toEqual([]);
    expect(isEmptyDiff({ ...diff, titleChanged: false })).toBe(true);
  });
});

describe('textSimilarity', () => {
  it('is 1 for the same words and falls with other words', () => {
    expect(textSimilarity('Wir laden alle ein.', 'wir laden ALLE ein')).toBe(1);
    expect(textSimilarity('Wir laden alle ein.', 'Wir laden alle herzlich ein.')).toBeGreaterThan(
      0.8,
    );
    expect(textSimilarity('Wir laden alle ein.', 'Der Vorstand ist divers.')).toBe(0);
  });
});

describe('editionReplaced', () => {
  const stored = [
    { id: 'x', version: 1 },
    { id: 'x', version: 3 },
    { id: 'y', version: 1 },
  ];
  it('is the newest lower version of the same id, else the default', () => {
    expect(editionReplaced({ id: 'x', version: 4 }, stored, stored[2])).toBe(stored[1]);
    expect(editionReplaced({ id: 'x', version: 2 }, stored, stored[2])).toBe(stored[0]);
    expect(editionReplaced({ id: 'z', version: 1 }, stored, stored[2])).toBe(stored[2]);
  });
});
