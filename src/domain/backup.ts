import type { Answer, Assessment, Club, Measure } from './entities';
import type { Edition } from './edition-schema';

// The pure rules of backup and restore: when to remind, what a file holds, and
// which record wins when a backup is added to what a device already has.

/** The records a backup carries and a device keeps, without editions. */
export interface BackupRecords {
  clubs: readonly Club[];
  assessments: readonly Assessment[];
  answers: readonly Answer[];
  measures: readonly Measure[];
}

/** Everything a backup restores: the records, the editions they were made with, the settings. */
export interface BackupContent extends BackupRecords {
  createdAt: string;
  editions: readonly { importedAt: string; edition: Edition }[];
  settings: { defaultEdition?: string | undefined };
}

/** What a backup's snapshot holds, before it is stamped with its time. */
export type BackupSnapshot = Omit<BackupContent, 'createdAt'>;

/** A snapshot of a device with nothing on it. */
export const EMPTY_SNAPSHOT: BackupSnapshot = {
  clubs: [],
  assessments: [],
  answers: [],
  measures: [],
  editions: [],
  settings: {},
};

export { changedAfter, isBackupDue } from './backup-due';

/** One club as the restore preview lists it. */
export interface BackupClubLine {
  name: string;
  assessments: number;
}

/** What a backup file holds, shown before anything is written. */
export interface BackupSummary {
  clubs: BackupClubLine[];
  assessments: number;
  measures: number;
  /** Earliest and latest meeting date (YYYY-MM-DD), or null without assessments. */
  dateRange: { from: string; to: string } | null;
}

/** Summarises the records of a backup for the restore preview; clubs by name. */
export function summariseBackup(records: BackupRecords): BackupSummary {
  const perClub = new Map<string, number>();
  let from: string | undefined;
  let to: string | undefined;
  for (const a of records.assessments) {
    perClub.set(a.clubId, (perClub.get(a.clubId) ?? 0) + 1);
    if (from === undefined || a.date < from) from = a.date;
    if (to === undefined || a.date > to) to = a.date;
  }
  return {
    clubs: records.clubs
      .map((c) => ({ name: c.name, assessments: perClub.get(c.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    assessments: records.assessments.length,
    measures: records.measures.length,
    dateRange: from !== undefined && to !== undefined ? { from, to } : null,
  };
}

/** What a merge writes: rows to put and rows to delete, decided before the transaction. */
export interface MergePlan {
  clubs: Club[];
  assessments: Assessment[];
  answers: Answer[];
  measures: Measure[];
  /** Assessments whose answers and measures on the device are replaced by the file's. */
  replacedAssessmentIds: string[];
}

/**
 * The time of an assessment as a unit: the latest change to it, its answers or
 * its measures. A finished assessment has no answer rows; its own updatedAt
 * covers the answers in its row.
 */
function unitTimes(records: BackupRecords): Map<string, number> {
  const times = new Map<string, number>();
  const bump = (id: string, stamp: string) => {
    const t = Date.parse(stamp);
    if (t > (times.get(id) ?? -Infinity)) times.set(id, t);
  };
  for (const a of records.assessments) bump(a.id, a.updatedAt);
  for (const r of records.answers) bump(r.assessmentId, r.updatedAt);
  for (const m of records.measures) bump(m.assessmentId, m.updatedAt);
  return times;
}

/**
 * Adds a backup to what the device holds, without duplicates (records are
 * matched by id). The rule:
 * - a club: the newer updatedAt wins; on a tie the device keeps its own;
 * - an assessment travels as one unit with its answers (a draft's rows, or
 *   inside a finished assessment's row) and measures, so that an assessment and
 *   its answers never come from two versions.
 *   The unit's time is the latest updatedAt among the three; the later unit wins
 *   whole (its rows replace the other side's rows of that assessment); on a tie
 *   the device keeps its own;
 * - whatever exists on one side only is kept; a merge never deletes a club or
 *   an assessment.
 * `device` needs only the device's records with the ids found in `file`
 * (and the answers and measures of those assessments).
 */
export function planMerge(device: BackupRecords, file: BackupRecords): MergePlan {
  const deviceClubs = new Map(device.clubs.map((c) => [c.id, c]));
  const clubs = file.clubs.filter((c) => {
    const mine = deviceClubs.get(c.id);
    return !mine || Date.parse(c.updatedAt) > Date.parse(mine.updatedAt);
  });
  const deviceTimes = unitTimes(device);
  const fileTimes = unitTimes(file);
  const winners = new Set<string>();
  for (const a of file.assessments) {
    const mine = deviceTimes.get(a.id);
    if (mine === undefined || (fileTimes.get(a.id) ?? -Infinity) > mine) winners.add(a.id);
  }
  return {
    clubs,
    assessments: file.assessments.filter((a) => winners.has(a.id)),
    answers: file.answers.filter((r) => winners.has(r.assessmentId)),
    measures: file.measures.filter((m) => winners.has(m.assessmentId)),
    replacedAssessmentIds: [...winners].filter((id) => deviceTimes.has(id)),
  };
}
