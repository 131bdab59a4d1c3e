import { z } from 'zod';
import {
  answerSchema,
  assessmentSchema,
  clubSchema,
  instant,
  measureSchema,
} from '../domain/entities';
import { editionSchema } from '../domain/edition-schema';
import { editionKey, foldAnswers } from '../domain/assessment';
import type { BackupContent } from '../domain/backup';
import { measureId } from '../domain/measures';
import { deFiles } from '../messages/de-files';
import { describeIssues } from './describe-issues';
import { findHostileKey, parseJson, readTextFile, type FileResult } from './read-file';

// The backup file: its schema (the single source of its shape and of
// docs/backup.schema.json), how it is built from a snapshot of the device, and
// the one path by which a file comes back in: size cap → JSON → hostile keys →
// format and version → schema of that version → migration to the current shape
// → cross-checks. Nothing here writes; storage/backup.ts does, after all this.

export const BACKUP_FORMAT = 'ampelbogen-sicherung';
export const BACKUP_VERSION = 2;

/**
 * 50 MB. A busy device (50 clubs, 1,000 finished assessments of 60 answers, a
 * note on every tenth answer, 3 steps each) makes a file of 9.5 MB (npm run
 * bench); the cap leaves five times that for longer notes and more meetings,
 * and still stops a file that would take hundreds of MB to parse on a phone.
 */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

/** Upper bounds of every list, each far above what a club's device holds. */
export const BACKUP_LIMITS = {
  clubs: 1_000,
  assessments: 20_000,
  answers: 1_000_000,
  measures: 200_000,
  editions: 100,
  /** Criteria in one finished assessment's ratings or notes (20 areas × 30 criteria). */
  snapshot: 600,
} as const;

const storedEditionSchema = z.strictObject({
  /** When this edition came onto the device that made the backup. */
  importedAt: instant,
  edition: editionSchema,
});

const settingsSchema = z.strictObject({
  /** "id@version" of the edition new assessments use. */
  defaultEdition: z.string().min(3).max(80).optional(),
});

/**
 * Version 1 of the backup file: every record of the device in one envelope,
 * every answer as a row (a finished assessment's too, beside its `ratings`).
 */
export const backupSchemaV1 = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: instant,
  appVersion: z.string().min(1).max(40),
  clubs: z.array(clubSchema).max(BACKUP_LIMITS.clubs),
  assessments: z.array(assessmentSchema.omit({ notes: true })).max(BACKUP_LIMITS.assessments),
  answers: z.array(answerSchema).max(BACKUP_LIMITS.answers),
  measures: z.array(measureSchema).max(BACKUP_LIMITS.measures),
  editions: z.array(storedEditionSchema).max(BACKUP_LIMITS.editions),
  settings: settingsSchema,
});

/**
 * Version 2: a finished assessment carries its answers in its own record
 * (`ratings` and `notes`), and `answers` holds only the rows of drafts.
 */
export const backupSchemaV2 = backupSchemaV1.extend({
  version: z.literal(2),
  assessments: z.array(assessmentSchema).max(BACKUP_LIMITS.assessments),
});

/** The current backup shape. */
export const backupSchema = backupSchemaV2;
export type Backup = z.infer<typeof backupSchema>;
export type BackupV1 = z.infer<typeof backupSchemaV1>;
export type BackupEdition = Backup['editions'][number];

/** Builds the envelope around what storage read from the device in one transaction. */
export function buildBackup(
  snapshot: Omit<BackupContent, 'createdAt'>,
  createdAt: Date,
  appVersion: string,
): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: createdAt.toISOString(),
    appVersion,
    clubs: [...snapshot.clubs],
    assessments: [...snapshot.assessments],
    answers: [...snapshot.answers],
    measures: [...snapshot.measures],
    editions: [...snapshot.editions],
    settings: { ...snapshot.settings },
  };
}

/** The file name of a backup made on a local calendar date (YYYY-MM-DD). */
export function backupFileName(isoDate: string): string {
  return `ampelbogen-sicherung-${isoDate}.json`;
}

/** The backup as a JSON file. */
export function backupBlob(backup: Backup): Blob {
  return new Blob([JSON.stringify(backup)], { type: 'application/json' });
}

/** Labels of the lists of a backup, for readable places in messages. */
const COLLECTIONS: Record<string, (n: number) => string> = {
  clubs: deFiles.backup.path.club,
  assessments: deFiles.backup.path.assessment,
  answers: deFiles.backup.path.answer,
  measures: deFiles.backup.path.measure,
  editions: deFiles.backup.path.edition,
};

/** The lists of a backup of any version, for the cross-checks. */
type BackupLists = Pick<Backup, 'clubs' | 'answers' | 'measures' | 'editions'> & {
  assessments: readonly BackupV1['assessments'][number][] | Backup['assessments'];
};

/**
 * Relations the schema cannot see: ids unique, every reference inside the file.
 * With `current`, also the rule of version 2: no answer row of a finished assessment.
 */
export function crossCheck(backup: BackupLists, current = true): string[] {
  const t = deFiles.backup.checks;
  const problems: string[] = [];
  const unique = <T>(
    list: readonly T[],
    key: (item: T) => string,
    label: (n: number) => string,
  ) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) problems.push(t.duplicate(label(i + 1)));
      seen.add(k);
    });
    return seen;
  };
  const p = deFiles.backup.path;
  const clubIds = unique(backup.clubs, (c) => c.id, p.club);
  const assessmentIds = unique(backup.assessments, (a) => a.id, p.assessment);
  unique(backup.answers, (r) => `${r.assessmentId}\u0000${r.criterionId}`, p.answer);
  unique(backup.measures, (m) => m.id, p.measure);
  unique(backup.editions, (e) => editionKey(e.edition.id, e.edition.version), p.edition);
  const clubOf = new Map(backup.assessments.map((a) => [a.id, a.clubId]));
  backup.assessments.forEach((a, i) => {
    if (!clubIds.has(a.clubId)) problems.push(t.clubMissing(p.assessment(i + 1)));
    if (a.ratings && Object.keys(a.ratings).length > BACKUP_LIMITS.snapshot)
      problems.push(t.snapshotTooLarge(p.assessment(i + 1)));
    if ('notes' in a && a.notes && Object.keys(a.notes).length > BACKUP_LIMITS.snapshot)
      problems.push(t.notesTooMany(p.assessment(i + 1)));
  });
  const finished = new Set(backup.assessments.filter((a) => a.status === 'done').map((a) => a.id));
  backup.answers.forEach((r, i) => {
    if (!assessmentIds.has(r.assessmentId)) problems.push(t.assessmentMissing(p.answer(i + 1)));
    else if (current && finished.has(r.assessmentId))
      problems.push(t.answerOfFinished(p.answer(i + 1)));
  });
  backup.measures.forEach((m, i) => {
    const where = p.measure(i + 1);
    if (!assessmentIds.has(m.assessmentId)) problems.push(t.assessmentMissing(where));
    else if (clubOf.get(m.assessmentId) !== m.clubId) problems.push(t.clubMismatch(where));
    if (!clubIds.has(m.clubId)) problems.push(t.clubMissing(where));
    if (m.id !== measureId(m.assessmentId, m.criterionId)) problems.push(t.badMeasureId(where));
  });
  return problems;
}

function refusal(problems: readonly string[]): FileResult<never> {
  const shown = problems.slice(0, 3).join('; ');
  const rest = problems.length > 3 ? `; ${deFiles.files.issues.more(problems.length - 3)}` : '';
  return { ok: false, message: deFiles.backup.invalid(`${shown}${rest}.`) };
}

function schemaRefusal(issues: readonly z.core.$ZodIssue[]): FileResult<never> {
  return { ok: false, message: deFiles.backup.invalid(describeIssues(issues, 3, COLLECTIONS)) };
}

/** Validates data that claims to be the current version, in full. */
function validateCurrent(data: unknown): FileResult<Backup> {
  const result = backupSchema.safeParse(data);
  if (!result.success) return schemaRefusal(result.error.issues);
  const problems = crossCheck(result.data);
  return problems.length > 0 ? refusal(problems) : { ok: true, value: result.data };
}

/**
 * Version 1 to 2: the answer rows of each finished assessment fold into its
 * record (ratings and notes made from the rows, which hold what the app showed
 * and printed) and leave `answers`. A finished assessment without rows keeps
 * its record as it is. Drafts keep their rows.
 */
export function upgradeBackupV1(v1: BackupV1): Backup {
  const finished = new Set(v1.assessments.filter((a) => a.status === 'done').map((a) => a.id));
  const rowsOf = new Map<string, BackupV1['answers']>();
  const answers: Backup['answers'] = [];
  for (const r of v1.answers) {
    if (!finished.has(r.assessmentId)) answers.push(r);
    else {
      const rows = rowsOf.get(r.assessmentId);
      if (rows) rows.push(r);
      else rowsOf.set(r.assessmentId, [r]);
    }
  }
  return {
    ...v1,
    version: 2,
    assessments: v1.assessments.map((a) => {
      const rows = rowsOf.get(a.id);
      return rows ? foldAnswers(a, rows) : a;
    }),
    answers,
  };
}

/** Validates a version 1 file in full, then upgrades it and checks the result. */
function readV1(data: unknown): FileResult<Backup> {
  const result = backupSchemaV1.safeParse(data);
  if (!result.success) return schemaRefusal(result.error.issues);
  const problems = crossCheck(result.data, false);
  if (problems.length > 0) return refusal(problems);
  const upgraded = upgradeBackupV1(result.data);
  const after = crossCheck(upgraded);
  return after.length > 0 ? refusal(after) : { ok: true, value: upgraded };
}

/**
 * One reader per file version, each ending in the current shape: an older
 * version is validated with its own schema and cross-checks, then upgraded,
 * and the cross-checks run again on the current shape.
 */
const READERS: Record<number, (data: unknown) => FileResult<Backup>> = {
  1: readV1,
  2: validateCurrent,
};

/** The one way in: any parsed JSON → a valid backup of the current version, or a German message. */
export function restoreFromUnknown(data: unknown): FileResult<Backup> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, message: deFiles.backup.notBackup };
  const forbidden = findHostileKey(data);
  if (forbidden !== null) return { ok: false, message: deFiles.backup.forbiddenKey(forbidden) };
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format === 'ampelbogen-edition') return { ok: false, message: deFiles.backup.isEdition };
  if (format !== BACKUP_FORMAT) return { ok: false, message: deFiles.backup.notBackup };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, message: deFiles.backup.badVersion };
  if (version > BACKUP_VERSION) return { ok: false, message: deFiles.backup.tooNew };
  const read = READERS[version];
  return read ? read(data) : { ok: false, message: deFiles.backup.badVersion };
}

/** Reads a file the user picked: size cap before reading, then restoreFromUnknown. */
export async function readBackupFile(file: Blob): Promise<FileResult<Backup>> {
  if (file.size > MAX_BACKUP_BYTES)
    return { ok: false, message: deFiles.backup.tooLarge(MAX_BACKUP_BYTES / (1024 * 1024)) };
  const text = await readTextFile(file, MAX_BACKUP_BYTES);
  if (!text.ok) return text;
  const json = parseJson(text.value);
  if (!json.ok)
    return {
      ok: false,
      message:
        json.reason === 'not-json' ? deFiles.backup.notJson : deFiles.backup.forbiddenKey(json.key),
    };
  return restoreFromUnknown(json.value);
}
