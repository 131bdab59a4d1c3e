import { describe, expect, it } from 'vitest';
import shipped from '../../src/domain/editions/ni-ampelbogen-v1.json';
import { editionSchema } from '../../src/domain/edition-schema';
import { countCriteria } from '../../src/domain/edition';
import { validateEdition } from '../../src/files/edition-file';
import type { FileResult } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';

const clone = (): Record<string, unknown> => structuredClone(shipped) as Record<string, unknown>;

/** The German a screen shows for a refused file, or '' for an accepted one. */
const words = (result: FileResult<unknown>) => (result.ok ? '' : describeFileProblem(result));

/** The issues of a refused edition, as codes. */
const issuesOf = (result: FileResult<unknown>) =>
  !result.ok && result.problem.code === 'invalid' ? result.problem.issues : [];

describe('the shipped first edition', () => {
  const parsed = editionSchema.safeParse(shipped);

  it('validates against the edition schema', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('has the seven Handlungsbereiche of the Integrationskonzept plus the club’s own opening', () => {
    expect(shipped.areas.map((a) => a.id)).toEqual([
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
    for (const area of shipped.areas) {
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
    const used = new Set(shipped.areas.flatMap((a) => a.criteria.flatMap((c) => c.dimensions)));
    expect([...used].sort()).toEqual(['age', 'disability', 'gender', 'migration']);
  });

  it('counts its criteria', () => {
    expect(parsed.success && countCriteria(parsed.data)).toBe(
      shipped.areas.reduce((n, a) => n + a.criteria.length, 0),
    );
  });
});

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
    const newer = validateEdition({ ...clone(), formatVersion: 2 });
    expect(!newer.ok && newer.problem).toEqual({ code: 'newer-version', version: 2, newest: 1 });
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
