import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import first from '../../src/domain/editions/ni-ampelbogen-v1.json';
import shipped from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { editionSchema, type Edition } from '../../src/domain/edition-schema';
import { countCriteria, ideasOf } from '../../src/domain/edition';
import { LIMITS, MAX_IDEAS } from '../../src/domain/vocabulary';
import { validateEdition } from '../../src/files/edition-file';
import type { FileResult } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';

/** A fresh copy of the shipped edition, of format version 2. */
const clone = (): Record<string, unknown> => structuredClone(shipped) as Record<string, unknown>;

/** The German a screen shows for a refused file, or '' for an accepted one. */
const words = (result: FileResult<unknown>) => (result.ok ? '' : describeFileProblem(result));

/** The issues of a refused edition, as codes. */
const issuesOf = (result: FileResult<unknown>) =>
  !result.ok && result.problem.code === 'invalid' ? result.problem.issues : [];

describe.each([
  ['first', first],
  ['current', shipped],
])('the %s shipped edition', (_, json) => {
  const parsed = editionSchema.safeParse(json);

  it('validates against the edition schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has the seven Handlungsbereiche of the Integrationskonzept plus the club’s own opening', () => {
    expect(json.areas.map((a) => a.id)).toEqual([
      'oeffnung',
      'arbeit',
      'wohnen',
      'stadtentwicklung',
      'engagement',
      'bildung',
      'kommunikation',
      'demokratie',
    ]);
  });

  it('has 4 to 8 criteria per area, each with a hint and stable ids of the form area-NN', () => {
    for (const area of json.areas) {
      expect(area.criteria.length).toBeGreaterThanOrEqual(4);
      expect(area.criteria.length).toBeLessThanOrEqual(8);
      area.criteria.forEach((c, i) => {
        expect(c.id).toBe(`${area.id}-${String(i + 1).padStart(2, '0')}`);
        expect(c.hint?.length ?? 0).toBeGreaterThan(10);
        expect(c.text).toMatch(/^(Wir|Unser|Unsere|Bei uns)\b/);
        expect(c.dimensions.length).toBeGreaterThan(0);
      });
    }
  });

  it('touches every dimension of integration in its wide sense', () => {
    const used = new Set(json.areas.flatMap((a) => a.criteria.flatMap((c) => c.dimensions)));
    expect([...used].sort()).toEqual(['age', 'disability', 'gender', 'migration']);
  });

  it('counts its criteria', () => {
    expect(parsed.success && countCriteria(parsed.data)).toBe(50);
  });
});

describe('the first shipped edition', () => {
  it('never changes: old assessments keep reading it as it was', () => {
    const content = createHash('sha256').update(JSON.stringify(first)).digest('hex');
    expect(content).toBe(FIRST_EDITION_SHA256);
  });

  it('is of format version 1, without ideas', () => {
    expect(first.formatVersion).toBe(1);
    const edition = first as Edition;
    expect(edition.areas.flatMap((a) => a.criteria.flatMap(ideasOf))).toEqual([]);
  });
});

describe('the current shipped edition', () => {
  const edition = shipped as Edition;

  it('is version 2 of the same edition, in format version 2', () => {
    expect(shipped).toMatchObject({
      format: 'ampelbogen-edition',
      formatVersion: 2,
      id: first.id,
      version: 2,
      publishedAt: '2026-11-27',
    });
    expect(shipped.description).toMatch(/Ideen für einen ersten Schritt/);
  });

  it('asks the same questions as the first, in the same words, with the same scale', () => {
    const strip = (json: typeof first | typeof shipped) => {
      const { formatVersion: _f, version: _v, publishedAt: _p, description: _d, ...rest } = json;
      return {
        ...rest,
        // Version 2 adds a short word per group for the one-line tags.
        dimensions: json.dimensions.map(({ id, label }) => ({ id, label })),
        areas: json.areas.map((area) => ({
          ...area,
          criteria: area.criteria.map(({ id, text, hint, dimensions }) => ({
            id,
            text,
            hint,
            dimensions,
          })),
        })),
      };
    };
    expect(strip(shipped)).toEqual(strip(first));
  });

  it('gives every statement 1 to 3 different ideas for a first step, each one short sentence', () => {
    for (const criterion of edition.areas.flatMap((a) => a.criteria)) {
      const ideas = ideasOf(criterion);
      expect(ideas.length, criterion.id).toBeGreaterThanOrEqual(1);
      expect(ideas.length, criterion.id).toBeLessThanOrEqual(MAX_IDEAS);
      expect(new Set(ideas).size, criterion.id).toBe(ideas.length);
      for (const idea of ideas) {
        expect(idea, criterion.id).toBe(idea.trim());
        expect(idea.length, idea).toBeLessThanOrEqual(LIMITS.idea);
        expect(idea, idea).toMatch(/^\p{Lu}.*[.?]$/u);
        // One sentence: no full stop inside but the one at the end.
        expect(idea.slice(0, -1), idea).not.toMatch(/[.!?] /);
      }
    }
  });

  it('names no contact data in its ideas: no numbers but the concept’s year, no addresses, no links', () => {
    const ideas = edition.areas.flatMap((a) => a.criteria.flatMap(ideasOf));
    for (const idea of ideas) {
      expect(idea.replace('Integrationskonzept 2021', ''), idea).not.toMatch(/\d/);
      expect(idea, idea).not.toMatch(/@|https?:|www\.|straße|allee/i);
    }
  });
});

/** The first shipped edition's content: one id and version, one content, for good. */
const FIRST_EDITION_SHA256 = '407f2fdd40eebd75c4d673ad372ee65ca94729ec6e4acc1e73a2d5a9cdcfcd51';

describe('validateEdition', () => {
  it('accepts a valid edition', () => {
    expect(validateEdition(clone()).ok).toBe(true);
  });

  it('rejects a criterion without text and names where the problem is', () => {
    const broken = clone() as { areas: { criteria: Record<string, unknown>[] }[] };
    delete broken.areas[1]!.criteria[2]!.text;
    const result = validateEdition(broken);
    expect(issuesOf(result)).toEqual([
      { path: ['areas', 1, 'criteria', 2, 'text'], problem: 'missing' },
    ]);
    expect(words(result)).toContain('fehlerhaft');
    expect(words(result)).toContain('Bereich 2, Aussage 3, „text“ fehlt');
  });

  it('rejects duplicate criterion ids', () => {
    const broken = clone() as { areas: { criteria: { id: string }[] }[] };
    broken.areas[0]!.criteria[1]!.id = broken.areas[0]!.criteria[0]!.id;
    const result = validateEdition(broken);
    const id = broken.areas[0]!.criteria[0]!.id;
    expect(issuesOf(result)).toEqual([
      { path: ['areas', 0, 'criteria', 1, 'id'], problem: 'duplicate-criterion-id', id },
    ]);
    expect(words(result)).toContain(`Bereich 1, Aussage 2, „id“ doppelte Kriterien-ID „${id}“`);
  });

  it('refuses the ids that name an object prototype, since ids become record keys', () => {
    for (const word of ['constructor', 'prototype']) {
      const broken = clone() as { areas: { criteria: { id: string }[] }[] };
      broken.areas[0]!.criteria[0]!.id = word;
      const result = validateEdition(broken);
      expect(issuesOf(result)).toEqual([
        { path: ['areas', 0, 'criteria', 0, 'id'], problem: 'bad-format' },
      ]);
      expect(words(result)).toContain('Bereich 1, Aussage 1, „id“');
    }
  });

  it('rejects unknown fields, so nothing unvetted is stored', () => {
    const result = validateEdition({ ...clone(), script: '<script>alert(1)</script>' });
    expect(issuesOf(result)).toEqual([{ path: [], problem: 'unknown-keys', keys: ['script'] }]);
    expect(words(result)).toContain('Datei enthält unbekannte Felder: script');
  });

  it('rejects thresholds in the wrong order', () => {
    const broken = clone() as { scale: { thresholds: { green: number; yellow: number } } };
    broken.scale.thresholds = { green: 0.4, yellow: 0.75 };
    const result = validateEdition(broken);
    expect(issuesOf(result)).toEqual([
      { path: ['scale', 'thresholds'], problem: 'yellow-below-green' },
    ]);
    expect(words(result)).toContain(
      '„scale“, „thresholds“ die Schwelle für Gelb muss unter der für Grün liegen',
    );
  });

  it('says plainly when a file is not an edition at all', () => {
    const result = validateEdition({ hello: 'world' });
    expect(!result.ok && result.problem).toEqual({ code: 'wrong-format', found: undefined });
    expect(words(result)).toBe(
      'Das ist keine Ausgabe des Ampelbogens. Es wurde nichts gespeichert.',
    );
    expect(!validateEdition(null).ok && !validateEdition([1, 2]).ok).toBe(true);
  });

  it('dispatches on formatVersion: a newer one asks for an app update, a broken one is refused', () => {
    const newer = validateEdition({ ...clone(), formatVersion: 4 });
    expect(!newer.ok && newer.problem).toEqual({ code: 'newer-version', version: 4, newest: 3 });
    expect(words(newer)).toMatch(
      /^Diese Ausgabe hat eine Formatversion, die diese App nicht kennt/,
    );
    const { formatVersion: _, ...without } = clone();
    const broken = validateEdition(without);
    expect(!broken.ok && broken.problem).toEqual({ code: 'bad-version' });
    expect(words(broken)).toMatch(/keine gültige Formatversion/);
  });

  it('counts further problems instead of listing them all', () => {
    const broken = clone() as { areas: { title?: string }[] };
    for (const area of broken.areas) delete area.title;
    const result = validateEdition(broken);
    expect(issuesOf(result)).toHaveLength(8);
    expect(words(result)).toContain('und 5 weitere Probleme');
  });
});

describe('validateEdition: format version 1', () => {
  const v1 = (): Record<string, unknown> => structuredClone(first) as Record<string, unknown>;

  it('reads a format 1 file into the newest shape as it was written: no ideas, nothing rewritten', () => {
    const result = validateEdition(v1());
    expect(result).toEqual({ ok: true, value: first });
    if (!result.ok) return;
    expect(result.value.formatVersion).toBe(1);
    expect(result.value.areas.flatMap((a) => a.criteria.flatMap(ideasOf))).toEqual([]);
  });

  it('refuses ideas in a format 1 file, which that format does not know', () => {
    const broken = v1() as { areas: { criteria: Record<string, unknown>[] }[] };
    broken.areas[2]!.criteria[1]!.ideas = ['Eine Idee.'];
    const result = validateEdition(broken);
    expect(issuesOf(result)).toEqual([
      { path: ['areas', 2, 'criteria', 1], problem: 'unknown-keys', keys: ['ideas'] },
    ]);
    expect(words(result)).toContain('Bereich 3, Aussage 2 enthält unbekannte Felder: ideas');
  });

  it('knows short words for the groups only from format 2 on', () => {
    const broken = v1() as { dimensions: Record<string, unknown>[] };
    broken.dimensions[0]!.short = 'Migration';
    expect(issuesOf(validateEdition(broken))).toEqual([
      { path: ['dimensions', 0], problem: 'unknown-keys', keys: ['short'] },
    ]);
    const v2 = structuredClone(shipped) as { dimensions: Record<string, unknown>[] };
    expect(validateEdition(v2).ok).toBe(true);
    v2.dimensions[0]!.short = 'x'.repeat(25);
    expect(issuesOf(validateEdition(v2))[0]).toMatchObject({
      path: ['dimensions', 0, 'short'],
    });
  });
});

describe('validateEdition: ideas for a first step', () => {
  /** The current edition with the second area's first statement given `ideas`. */
  const withIdeas = (ideas: unknown) => {
    const edition = clone() as { areas: { criteria: Record<string, unknown>[] }[] };
    edition.areas[1]!.criteria[0]!.ideas = ideas;
    return validateEdition(edition);
  };
  const place = ['areas', 1, 'criteria', 0, 'ideas'];

  it('takes one to three ideas, trimmed, and a statement without any', () => {
    const three = withIdeas(['  Eins.', 'Zwei.', 'Drei.  ']);
    expect(three.ok && ideasOf(three.value.areas[1]!.criteria[0]!)).toEqual([
      'Eins.',
      'Zwei.',
      'Drei.',
    ]);
    const edition = clone() as { areas: { criteria: Record<string, unknown>[] }[] };
    delete edition.areas[1]!.criteria[0]!.ideas;
    const none = validateEdition(edition);
    expect(none.ok && ideasOf(none.value.areas[1]!.criteria[0]!)).toEqual([]);
  });

  it.each([
    ['more than three', ['Eins.', 'Zwei.', 'Drei.', 'Vier.'], { problem: 'too-long', maximum: 3 }],
    ['an empty list', [], { problem: 'too-short', minimum: 1 }],
    ['a number instead of a list', 3, { problem: 'wrong-type', expected: 'array' }],
    ['null', null, { problem: 'wrong-type', expected: 'array' }],
  ])('refuses %s, naming the place', (_, ideas, problem) => {
    const result = withIdeas(ideas);
    expect(issuesOf(result)).toEqual([{ path: place, ...problem }]);
    expect(words(result)).toContain('Bereich 2, Aussage 1, „ideas“');
  });

  it('refuses a single text instead of a list, saying a list was expected first', () => {
    const result = withIdeas('Eine Idee.');
    expect(issuesOf(result)[0]).toEqual({ path: place, problem: 'wrong-type', expected: 'array' });
  });

  it.each([
    ['an empty idea', '', { problem: 'too-short', minimum: 1 }],
    ['an idea of blanks only', '   ', { problem: 'too-short', minimum: 1 }],
    [
      'an idea too long for a next step',
      'x'.repeat(LIMITS.idea + 1),
      { problem: 'too-long', maximum: LIMITS.idea },
    ],
    ['an idea that is no text', 42, { problem: 'wrong-type', expected: 'string' }],
  ])('refuses %s, naming the idea', (_, idea, problem) => {
    const result = withIdeas(['Eine gute Idee.', idea]);
    expect(issuesOf(result)).toEqual([{ path: [...place, 1], ...problem }]);
    expect(words(result)).toContain('Bereich 2, Aussage 1, „ideas“, Eintrag 2');
  });

  it('keeps ideas short enough to become a next step as they are', () => {
    expect(LIMITS.idea).toBeLessThanOrEqual(LIMITS.nextStep);
  });
});

describe('validateEdition: the office’s file-drop link', () => {
  const withDrop = (formatVersion: number, dropUrl: unknown): Record<string, unknown> => {
    const edition = clone();
    return {
      ...edition,
      formatVersion,
      office: { ...(edition.office as object), dropUrl },
    };
  };

  it('takes an https link to a named host in format version 3', () => {
    const result = validateEdition(withDrop(3, 'https://cloud.example.org/s/ampelbogen'));
    expect(result.ok && result.value.office).toMatchObject({
      dropUrl: 'https://cloud.example.org/s/ampelbogen',
    });
  });

  it.each([
    'http://cloud.example.org/s/a',
    'javascript:alert(1)',
    'https://192.168.1.4/s',
    'ftp://x.org',
  ])('refuses %s, since the link is opened as it stands', (dropUrl) => {
    const result = validateEdition(withDrop(3, dropUrl));
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]?.path).toEqual(['office', 'dropUrl']);
  });

  it('is not part of format version 2, which an older app reads strictly', () => {
    const result = validateEdition(withDrop(2, 'https://cloud.example.org/s/ampelbogen'));
    expect(issuesOf(result)).toEqual([
      { path: ['office'], problem: 'unknown-keys', keys: ['dropUrl'] },
    ]);
  });
});
