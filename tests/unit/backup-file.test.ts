import { describe, expect, it } from 'vitest';
import current from '../../src/domain/editions/ni-ampelbogen-v2.json';
import {
  BACKUP_LIMITS,
  backupFileName,
  buildBackup,
  MAX_BACKUP_BYTES,
  readBackupFile,
  restoreFromUnknown,
} from '../../src/files/backup-file';
import type { FileProblem } from '../../src/files/problems';
import { describeFileProblem } from '../../src/ui/file-problems';
import type { Edition } from '../../src/domain/edition-schema';
import { answer, sampleBackup, sampleBackupV1, SPREAD, STAMP } from '../fixtures/backup';

/** Why the file is refused, as a code. */
function problemOf(data: unknown): FileProblem {
  const result = restoreFromUnknown(data);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problem;
}

/** Why the file is refused, in the German the screen shows. */
function rejected(data: unknown): string {
  const result = restoreFromUnknown(data);
  if (result.ok) throw new Error('expected the file to be rejected');
  return describeFileProblem(result);
}

describe('restoreFromUnknown', () => {
  it('accepts a valid backup as it is', () => {
    const backup = sampleBackup();
    expect(restoreFromUnknown(JSON.parse(JSON.stringify(backup)))).toEqual({
      ok: true,
      value: backup,
    });
  });

  it('reads a version 1 file: the rows of a finished assessment fold into its record, drafts keep theirs', () => {
    const result = restoreFromUnknown(JSON.parse(JSON.stringify(sampleBackupV1())));
    expect(result).toEqual({ ok: true, value: sampleBackup() });
  });

  it('reads a version 2 file as it was, its editions of format version 1 kept as written', () => {
    const v2 = { ...sampleBackup(), version: 2 };
    expect(restoreFromUnknown(JSON.parse(JSON.stringify(v2)))).toEqual({
      ok: true,
      value: sampleBackup(),
    });
  });

  it('reads a version 3 file as it was: no round was held, so no assessment has a spread', () => {
    const v3 = { ...sampleBackup(), version: 3 };
    expect(restoreFromUnknown(JSON.parse(JSON.stringify(v3)))).toEqual({
      ok: true,
      value: sampleBackup(),
    });
  });

  it('keeps the spread of a round on a finished assessment and on a draft', () => {
    const backup = sampleBackup();
    backup.assessments[0]!.spread = SPREAD;
    backup.assessments[1]!.spread = { 'k-1': { green: 0, yellow: 0, red: 0, na: 3 } };
    expect(restoreFromUnknown(JSON.parse(JSON.stringify(backup)))).toEqual({
      ok: true,
      value: backup,
    });
  });

  it('refuses a spread in files of versions 1 to 3, which no app wrote', () => {
    const older = [
      sampleBackupV1(),
      { ...sampleBackup(), version: 2 },
      { ...sampleBackup(), version: 3 },
    ];
    for (const file of older) {
      file.assessments[0] = { ...file.assessments[0]!, spread: SPREAD };
      expect(problemOf(JSON.parse(JSON.stringify(file)))).toEqual({
        code: 'invalid',
        issues: [{ path: ['assessments', 0], problem: 'unknown-keys', keys: ['spread'] }],
      });
      expect(rejected(file)).toMatch(/Einschätzung 1 enthält unbekannte Felder: spread\./);
    }
  });

  it('checks the counts of a spread and how many statements it covers', () => {
    const counts = sampleBackup();
    counts.assessments[0]!.spread = {
      'k-1': { green: -1, yellow: 0, red: 0, na: 0 },
      'k-2': { green: 1, yellow: 0, red: 0, na: 0, blue: 2 } as (typeof SPREAD)['k-2'],
    };
    expect(problemOf(JSON.parse(JSON.stringify(counts)))).toEqual({
      code: 'invalid',
      issues: [
        {
          path: ['assessments', 0, 'spread', 'k-1', 'green'],
          problem: 'too-small',
          minimum: 0,
        },
        { path: ['assessments', 0, 'spread', 'k-2'], problem: 'unknown-keys', keys: ['blue'] },
      ],
    });

    const many = sampleBackup();
    const one = { green: 1, yellow: 0, red: 0, na: 0 };
    many.assessments[2]!.spread = Object.fromEntries(
      Array.from({ length: BACKUP_LIMITS.snapshot + 1 }, (_, i) => [`k-${i}`, one]),
    );
    expect(problemOf(JSON.parse(JSON.stringify(many)))).toEqual({
      code: 'invalid',
      issues: [{ path: ['assessments', 2], problem: 'too-many-spreads' }],
    });
    expect(rejected(many)).toMatch(
      /Einschätzung 3 hat die Verteilung einer Runde für zu viele Aussagen\.$/,
    );
  });

  it('refuses an edition of format version 2 in a version 2 file, which no app wrote', () => {
    const v2 = {
      ...sampleBackup(),
      version: 2,
      editions: [{ importedAt: STAMP, edition: current }],
    };
    const problem = problemOf(v2);
    const issues = problem.code === 'invalid' ? problem.issues : [];
    expect(issues[0]).toEqual({
      path: ['editions', 0, 'edition', 'formatVersion'],
      problem: 'not-allowed',
      values: ['1'],
    });
    // Its ideas are unknown fields there, as in any format 1 edition.
    expect(issues).toContainEqual({
      path: ['editions', 0, 'edition', 'areas', 0, 'criteria', 0],
      problem: 'unknown-keys',
      keys: ['ideas'],
    });
  });

  it('takes editions of both format versions in a version 3 file, ideas and all', () => {
    const backup = sampleBackup();
    backup.editions.push({ importedAt: STAMP, edition: current as Edition });
    const result = restoreFromUnknown(JSON.parse(JSON.stringify(backup)));
    expect(result).toEqual({ ok: true, value: backup });
  });

  it('names a missing or unknown format version of an edition in a backup', () => {
    const place = ['editions', 1, 'edition', 'formatVersion'];
    const { formatVersion: _, ...without } = current;
    for (const [edition, issue] of [
      [without, { path: place, problem: 'missing' }],
      [
        { ...current, formatVersion: 7 },
        { path: place, problem: 'not-allowed', values: ['1', '2', '3'] },
      ],
    ] as const) {
      const backup = sampleBackup();
      backup.editions.push({ importedAt: STAMP, edition: edition as unknown as Edition });
      expect(problemOf(JSON.parse(JSON.stringify(backup)))).toEqual({
        code: 'invalid',
        issues: [issue],
      });
    }
  });

  it('checks the ideas of an edition in a backup like those of an edition file', () => {
    const backup = sampleBackup();
    const edition = structuredClone(current) as { areas: { criteria: { ideas?: unknown }[] }[] };
    edition.areas[1]!.criteria[0]!.ideas = ['Eins.', 'Zwei.', 'Drei.', 'Vier.'];
    backup.editions.push({ importedAt: STAMP, edition: edition as Edition });
    expect(problemOf(JSON.parse(JSON.stringify(backup)))).toEqual({
      code: 'invalid',
      issues: [
        {
          path: ['editions', 1, 'edition', 'areas', 1, 'criteria', 0, 'ideas'],
          problem: 'too-long',
          maximum: 3,
        },
      ],
    });
  });

  it('takes the rows of a version 1 file over its snapshot, and keeps a finished record without rows', () => {
    const v1 = sampleBackupV1();
    v1.assessments[0]!.ratings = { 'k-1': 'red' };
    v1.assessments.push({ ...v1.assessments[0]!, id: 'a9', ratings: { 'k-3': 'yellow' } });
    const result = restoreFromUnknown(v1);
    if (!result.ok) throw new Error(rejected(v1));
    const [a1] = result.value.assessments;
    expect(a1).toMatchObject({
      ratings: { 'k-1': 'green', 'k-2': 'red' },
      notes: { 'k-2': 'Noch offen' },
    });
    expect(result.value.assessments.find((a) => a.id === 'a9')).toEqual(v1.assessments.at(-1));
    expect(result.value.answers.map((r) => r.assessmentId)).toEqual(['a2', 'a3']);
  });

  it('checks a version 1 file before folding it: a doubled row of a finished assessment is refused', () => {
    const v1 = sampleBackupV1();
    v1.answers.push(answer('a1', 'k-1', 'red'));
    expect(problemOf(v1)).toEqual({
      code: 'invalid',
      issues: [{ path: ['answers', 4], problem: 'duplicate' }],
    });
    expect(rejected(v1)).toMatch(/Antwort 5 ist doppelt/);
    const withNotes = { ...sampleBackupV1(), assessments: sampleBackup().assessments };
    expect(rejected(withNotes)).toMatch(/unbekannte Felder: notes/);
  });

  it('accepts what buildBackup makes, a spread as it was stored', () => {
    const { format: _f, version: _v, createdAt: _c, appVersion: _a, ...snapshot } = sampleBackup();
    snapshot.assessments[0]!.spread = SPREAD;
    const built = buildBackup(snapshot, new Date('2026-03-14T09:00:00Z'), '1.2.3');
    expect(built.createdAt).toBe('2026-03-14T09:00:00.000Z');
    expect(built.version).toBe(4);
    expect(built.assessments[0]?.spread).toEqual(SPREAD);
    expect(restoreFromUnknown(JSON.parse(JSON.stringify(built)))).toEqual({
      ok: true,
      value: built,
    });
  });

  it('names a file that is not a backup', () => {
    expect(problemOf([1, 2])).toEqual({ code: 'wrong-format', found: undefined });
    expect(problemOf(current)).toEqual({ code: 'wrong-format', found: 'ampelbogen-edition' });
    expect(rejected([1, 2])).toBe(
      'Das ist keine Sicherung des Ampelbogens. Es wurde nichts geändert.',
    );
    expect(rejected({ format: 'ampelbogen-anonym', version: 1 })).toMatch(/keine Sicherung/);
    expect(rejected(current)).toMatch(/^Das ist eine Ausgabe des Ampelbogens, keine Sicherung\./);
  });

  it('asks for an app update for a newer version and refuses a bad one', () => {
    expect(problemOf({ ...sampleBackup(), version: 5 })).toEqual({
      code: 'newer-version',
      version: 5,
      newest: 4,
    });
    expect(rejected({ ...sampleBackup(), version: 5 })).toMatch(/neueren Version der App/);
    for (const version of ['1', 0, 1.5, null, undefined])
      expect(problemOf({ ...sampleBackup(), version })).toEqual({ code: 'bad-version' });
    expect(rejected({ ...sampleBackup(), version: '1' })).toMatch(/ungültige Versionsangabe/);
  });

  it('says where a record breaks the schema', () => {
    const backup = sampleBackup() as unknown as { clubs: Record<string, unknown>[] };
    delete backup.clubs[1]!.name;
    expect(problemOf(backup)).toEqual({
      code: 'invalid',
      issues: [{ path: ['clubs', 1, 'name'], problem: 'missing' }],
    });
    expect(rejected(backup)).toBe(
      'Die Sicherung ist fehlerhaft und wurde nicht eingespielt. Es wurde nichts geändert. Verein 2, „name“ fehlt.',
    );
  });

  it('refuses unknown fields and prototype keys at any depth', () => {
    expect(rejected({ ...sampleBackup(), extra: 1 })).toMatch(/unbekannte Felder: extra/);
    const hostile = JSON.parse(
      JSON.stringify(sampleBackup()).replace('"ratings":{', '"ratings":{"__proto__":"green",'),
    ) as unknown;
    expect(problemOf(hostile)).toEqual({ code: 'hostile-key', key: '__proto__' });
    expect(rejected(hostile)).toMatch(/unzulässiges Feld \(„__proto__“\)/);
  });

  it('checks that every reference points into the file and no id is doubled', () => {
    const orphan = sampleBackup();
    orphan.answers.push(answer('nowhere', 'k-1'));
    expect(rejected(orphan)).toMatch(/Antwort 3 gehört zu einer Einschätzung, die fehlt/);

    // Version 2: a finished assessment's answers are in its record, never in rows.
    const rowOfFinished = sampleBackup();
    rowOfFinished.answers.push(answer('a1', 'k-3'));
    expect(rejected(rowOfFinished)).toMatch(
      /Antwort 3 gehört zu einer abgeschlossenen Einschätzung/,
    );

    const doubled = sampleBackup();
    doubled.clubs.push({ ...doubled.clubs[0]! });
    expect(rejected(doubled)).toMatch(/Verein 3 ist doppelt/);

    const lostClub = sampleBackup();
    lostClub.clubs = lostClub.clubs.filter((c) => c.id !== 'c2');
    expect(rejected(lostClub)).toMatch(/Einschätzung 3 gehört zu einem Verein, der fehlt/);

    const moved = sampleBackup();
    moved.measures[0]!.clubId = 'c2';
    expect(rejected(moved)).toMatch(/Schritt 1 nennt einen anderen Verein als seine Einschätzung/);

    const renamed = sampleBackup();
    renamed.measures[0]!.id = 'a1/k-1';
    expect(rejected(renamed)).toMatch(/Schritt 1 hat eine falsche Kennung/);
  });
});

describe('readBackupFile', () => {
  it('refuses a file above the cap before reading it', async () => {
    let read = false;
    const huge = {
      size: MAX_BACKUP_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('');
      },
    } as unknown as Blob;
    const result = await readBackupFile(huge);
    expect(result).toEqual({
      ok: false,
      format: 'ampelbogen-sicherung',
      problem: { code: 'too-large', maxBytes: MAX_BACKUP_BYTES },
    });
    expect(!result.ok && describeFileProblem(result)).toBe(
      'Die Datei ist zu groß für eine Sicherung (höchstens 50 MB). Es wurde nichts geändert.',
    );
    expect(read).toBe(false);
  });

  it('refuses a truncated file as not JSON', async () => {
    const text = JSON.stringify(sampleBackup());
    const result = await readBackupFile(new Blob([text.slice(0, text.length / 2)]));
    expect(!result.ok && result.problem).toEqual({ code: 'not-json' });
    expect(!result.ok && describeFileProblem(result)).toMatch(/keine gültige JSON-Datei/);
  });

  it('names a prototype key as the problem, not broken JSON', async () => {
    const text = JSON.stringify(sampleBackup()).replace('"clubs":[', '"clubs":[{"__proto__":{}},');
    const result = await readBackupFile(new Blob([text]));
    expect(!result.ok && result.problem).toEqual({ code: 'hostile-key', key: '__proto__' });
    expect(!result.ok && describeFileProblem(result)).toBe(
      'Die Datei enthält ein unzulässiges Feld („__proto__“) und wurde nicht eingespielt. Es wurde nichts geändert.',
    );
  });

  it('reads a valid file', async () => {
    const result = await readBackupFile(new Blob([JSON.stringify(sampleBackup())]));
    expect(result.ok).toBe(true);
  });
});

describe('backupFileName', () => {
  it('names the file by the day it was made', () => {
    expect(backupFileName('2026-03-14')).toBe('ampelbogen-sicherung-2026-03-14.json');
  });
});
