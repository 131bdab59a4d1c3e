import { z } from 'zod';
import {
  answerSchema,
  assessmentSchema,
  clubSchema,
  instant,
  measureSchema,
} from '../domain/entities';
import { editionSchema, editionSchemaV1 } from '../domain/edition-schema';
import { editionKey, foldAnswers } from '../domain/assessment';
import type { BackupSnapshot } from '../domain/backup';
import { measureId } from '../domain/measures';
import { defineFormat, version } from './format';
import type { BackupRule, FileIssue, FileResult } from './problems';

// The backup file: its schema (the single source of its shape and of
// docs/backup.schema.json), how it is built from a snapshot of the device, and
// its format: versions 1 to 4 with their cross-checks and the upgrades,
// read by the one path of every format (format.ts). Nothing here writes;
// storage/backup.ts does, after all this.

export const BACKUP_FORMAT = 'ampelbogen-sicherung';
export const BACKUP_VERSION = 4;

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
  /** Criteria in one assessment's ratings, notes or spread (20 areas × 30 criteria). */
  snapshot: 600,
} as const;

/** An edition entry of versions 1 and 2: editions of format version 1 only. */
const storedEditionSchemaV1 = z.strictObject({
  /** When this edition came onto the device that made the backup. */
  importedAt: instant,
  edition: editionSchemaV1,
});

/** An edition entry from version 3: an edition of any format version, as it was written. */
const storedEditionSchema = storedEditionSchemaV1.extend({ edition: editionSchema });

const settingsSchema = z.strictObject({
  /** "id@version" of the edition new assessments use. */
  defaultEdition: z.string().min(3).max(80).optional(),
});

// Versions 1 to 3 knew nothing of rounds, and versions 1 and 2 nothing of
// carried-over lights; their strict schemas keep refusing those fields, as the
// apps of their time did.
const assessmentBeforeV4 = assessmentSchema.omit({ spread: true });
const assessmentBeforeV3 = assessmentBeforeV4.omit({ carriedFrom: true, unconfirmed: true });
const answerBeforeV3 = answerSchema.omit({ carried: true });

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
  assessments: z.array(assessmentBeforeV3.omit({ notes: true })).max(BACKUP_LIMITS.assessments),
  answers: z.array(answerBeforeV3).max(BACKUP_LIMITS.answers),
  measures: z.array(measureSchema).max(BACKUP_LIMITS.measures),
  editions: z.array(storedEditionSchemaV1).max(BACKUP_LIMITS.editions),
  settings: settingsSchema,
});

/**
 * Version 2: a finished assessment carries its answers in its own record
 * (`ratings` and `notes`), and `answers` holds only the rows of drafts.
 */
export const backupSchemaV2 = backupSchemaV1.extend({
  version: z.literal(2),
  assessments: z.array(assessmentBeforeV3).max(BACKUP_LIMITS.assessments),
});

/**
 * Version 3: an assessment started from the last one names its date
 * (`carriedFrom`), an answer whose light came from there and is not yet
 * confirmed says so (`carried`), and a finished assessment lists those
 * (`unconfirmed`). An edition may be of format version 2, whose criteria
 * carry ideas for a first step. An app that knows only version 2 asks for an
 * update instead of calling the file damaged.
 */
export const backupSchemaV3 = backupSchemaV2.extend({
  version: z.literal(3),
  assessments: z.array(assessmentBeforeV4).max(BACKUP_LIMITS.assessments),
  answers: z.array(answerSchema).max(BACKUP_LIMITS.answers),
  editions: z.array(storedEditionSchema).max(BACKUP_LIMITS.editions),
});

/**
 * Version 4: an assessment for which a round was held keeps its spread
 * (`spread`: criterion id → how many chose each light, never who). An app
 * that knows only version 3 asks for an update instead of calling the file damaged.
 */
export const backupSchemaV4 = backupSchemaV3.extend({
  version: z.literal(4),
  assessments: z.array(assessmentSchema).max(BACKUP_LIMITS.assessments),
});

/** The current backup shape. */
export const backupSchema = backupSchemaV4;
export type Backup = z.infer<typeof backupSchema>;
export type BackupV1 = z.infer<typeof backupSchemaV1>;
export type BackupV2 = z.infer<typeof backupSchemaV2>;
export type BackupV3 = z.infer<typeof backupSchemaV3>;
export type BackupEdition = Backup['editions'][number];

/** Builds the envelope around what storage read from the device in one transaction. */
export function buildBackup(snapshot: BackupSnapshot, createdAt: Date, appVersion: string): Backup {
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

/** The lists of a backup of any version, for the cross-checks. */
type BackupLists = Pick<Backup, 'clubs' | 'answers' | 'measures' | 'editions'> & {
  assessments: readonly BackupV1['assessments'][number][] | Backup['assessments'];
};

/**
 * Relations the schema cannot see: ids unique, every reference inside the file.
 * With `current`, also the rule from version 2 on: no answer row of a finished assessment.
 * Each issue names the record: ['answers', 4] is the fifth answer.
 */
export function crossCheck(backup: BackupLists, current = true): FileIssue[] {
  const issues: FileIssue[] = [];
  const add = (list: string, i: number, rule: BackupRule) =>
    issues.push({ path: [list, i], ...rule });
  const unique = <T>(list: readonly T[], name: string, key: (item: T) => string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) add(name, i, { problem: 'duplicate' });
      seen.add(k);
    });
    return seen;
  };
  const clubIds = unique(backup.clubs, 'clubs', (c) => c.id);
  const assessmentIds = unique(backup.assessments, 'assessments', (a) => a.id);
  unique(backup.answers, 'answers', (r) => `${r.assessmentId}\u0000${r.criterionId}`);
  unique(backup.measures, 'measures', (m) => m.id);
  unique(backup.editions, 'editions', (e) => editionKey(e.edition.id, e.edition.version));
  const clubOf = new Map(backup.assessments.map((a) => [a.id, a.clubId]));
  backup.assessments.forEach((a, i) => {
    if (!clubIds.has(a.clubId)) add('assessments', i, { problem: 'club-missing' });
    if (a.ratings && Object.keys(a.ratings).length > BACKUP_LIMITS.snapshot)
      add('assessments', i, { problem: 'too-many-lights' });
    if ('notes' in a && a.notes && Object.keys(a.notes).length > BACKUP_LIMITS.snapshot)
      add('assessments', i, { problem: 'too-many-notes' });
    if ('spread' in a && a.spread && Object.keys(a.spread).length > BACKUP_LIMITS.snapshot)
      add('assessments', i, { problem: 'too-many-spreads' });
  });
  const finished = new Set(backup.assessments.filter((a) => a.status === 'done').map((a) => a.id));
  backup.answers.forEach((r, i) => {
    if (!assessmentIds.has(r.assessmentId)) add('answers', i, { problem: 'assessment-missing' });
    else if (current && finished.has(r.assessmentId))
      add('answers', i, { problem: 'answer-of-finished' });
  });
  backup.measures.forEach((m, i) => {
    if (!assessmentIds.has(m.assessmentId)) add('measures', i, { problem: 'assessment-missing' });
    else if (clubOf.get(m.assessmentId) !== m.clubId)
      add('measures', i, { problem: 'club-mismatch' });
    if (!clubIds.has(m.clubId)) add('measures', i, { problem: 'club-missing' });
    if (m.id !== measureId(m.assessmentId, m.criterionId))
      add('measures', i, { problem: 'bad-measure-id' });
  });
  return issues;
}

/**
 * Version 1 to 2: the answer rows of each finished assessment fold into its
 * record (ratings and notes made from the rows, which hold what the app showed
 * and printed) and leave `answers`. A finished assessment without rows keeps
 * its record as it is. Drafts keep their rows.
 */
export function upgradeBackupV1(v1: BackupV1): BackupV2 {
  const finished = new Set(v1.assessments.filter((a) => a.status === 'done').map((a) => a.id));
  const rowsOf = new Map<string, BackupV1['answers']>();
  const answers: BackupV2['answers'] = [];
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

/** Version 2 to 3: nothing was carried over unconfirmed, and every edition is of format version 1. */
export function upgradeBackupV2(v2: BackupV2): BackupV3 {
  return { ...v2, version: 3 };
}

/** Version 3 to 4: no round was held, so no assessment has a spread. */
export function upgradeBackupV3(v3: BackupV3): Backup {
  return { ...v3, version: 4 };
}

/**
 * The backup file. An older file is validated with its own schema and
 * cross-checks, upgraded step by step, and cross-checked again as the current version.
 */
export const backupFormat = defineFormat({
  format: BACKUP_FORMAT,
  maxBytes: MAX_BACKUP_BYTES,
  versions: {
    1: version(backupSchemaV1, {
      check: (v1) => crossCheck(v1, false),
      upgrade: (v1: BackupV1) => upgradeBackupV3(upgradeBackupV2(upgradeBackupV1(v1))),
    }),
    2: version(backupSchemaV2, {
      check: (v2) => crossCheck(v2),
      upgrade: (v2: BackupV2) => upgradeBackupV3(upgradeBackupV2(v2)),
    }),
    3: version(backupSchemaV3, { check: (v3) => crossCheck(v3), upgrade: upgradeBackupV3 }),
    4: version(backupSchemaV4, { check: (v4) => crossCheck(v4) }),
  },
});

/** The one way in: any parsed JSON → a valid backup of the current version, or why not. */
export const restoreFromUnknown = (data: unknown): FileResult<Backup> => backupFormat.check(data);

/** Reads a file the user picked: size cap before reading, then restoreFromUnknown. */
export const readBackupFile = (file: Blob): Promise<FileResult<Backup>> => backupFormat.read(file);
