// Use cases of the backup file: the ordinary backup from the settings, and
// the emergency backup offered when a write fails for lack of space. Both
// read the database, build the file and hand it to the share sheet or a
// download. Restoring reads and checks a file first, so the user sees what it
// holds before choosing how to restore it. They return outcomes, never throw,
// and hold no words.
import {
  EMPTY_SNAPSHOT,
  summariseBackup,
  type BackupSnapshot,
  type BackupSummary,
} from '../domain/backup';
import { toIsoDate } from '../domain/dates';
import { addScreenEntries, type ScreenEntries } from '../domain/rescue';
import {
  checkBackupEditions,
  countDeviceData as countStored,
  markBackedUp,
  readBackupSnapshot,
  restoreBackup as restore,
  type RestoreMode,
  type RestoreRefusal,
  type RestoreResult,
} from '../storage/backup';
import { deliverFile, type Delivery } from '../files/deliver';
import type { Backup } from '../files/backup-file';
import type { FileRefusal, FileResult } from '../files/problems';
import { namedStorageFailure, storageFailure, type StorageFailure } from './failure';
import { attempt, type Outcome } from './outcome';

export { readBackupStatus, type BackupStatus } from '../storage/backup-status';
export type { Backup, BackupSummary, RestoreMode };

/** A backup handed over (or the share sheet was closed), and the file's name. */
export interface BackupDelivered {
  delivery: Delivery;
  fileName: string;
}

/** Why no backup was handed over: the database could not be read, or the file not made or handed over. */
export type BackupError = 'read-failed' | 'deliver-failed';

async function deliverBackup(snapshot: BackupSnapshot, now: Date, title: string) {
  const { buildBackup, backupBlob, backupFileName } = await import('../files/backup-file');
  const backup = buildBackup(snapshot, now, __APP_VERSION__);
  const fileName = backupFileName(toIsoDate(now));
  const delivery = await deliverFile(backupBlob(backup), fileName, { share: true, title });
  return { backup, fileName, delivery };
}

/** The backup of the settings screen; remembers when it was made unless the share was cancelled. */
export async function createBackup(
  title: string,
  now = new Date(),
): Promise<Outcome<BackupDelivered, BackupError>> {
  let snapshot: BackupSnapshot;
  try {
    snapshot = await readBackupSnapshot();
  } catch {
    return { ok: false, error: 'read-failed' };
  }
  try {
    const { backup, fileName, delivery } = await deliverBackup(snapshot, now, title);
    if (delivery !== 'cancelled') await markBackedUp(backup.createdAt);
    return { ok: true, value: { delivery, fileName } };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}

/**
 * The emergency backup: whatever the database can still be read for, plus
 * every entry of the open assessment screen. It writes nothing (the disk may
 * be full), so it does not count as "the last backup".
 */
export async function createRescueBackup(
  screen: ScreenEntries | null,
  title: string,
  now = new Date(),
): Promise<Outcome<BackupDelivered, 'deliver-failed'>> {
  // A database that cannot be read still leaves the screen's entries to save.
  const stored = await readBackupSnapshot().catch(() => EMPTY_SNAPSHOT);
  const snapshot = screen ? addScreenEntries(stored, screen, now.toISOString()) : stored;
  try {
    const { fileName, delivery } = await deliverBackup(snapshot, now, title);
    return { ok: true, value: { delivery, fileName } };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}

/** A backup file read and checked against the device, with what its preview shows. */
export interface BackupToRestore {
  backup: Backup;
  summary: BackupSummary;
}

/** Why a file is refused, as the words for file problems take it. */
export type BackupRefusal = Pick<FileRefusal, 'format' | 'problem'>;

/** Why a backup cannot be restored: the file or the device's editions refuse it, or storage failed. */
export type RestoreError = { code: 'refused'; refusal: BackupRefusal } | StorageFailure;

/** Why a picked file shows no preview: as for a restore, or the file checks did not load. */
export type ReadBackupError = RestoreError | { code: 'load-failed' };

/** A refusal of the device's editions, worded like any other refusal of the file. */
const refused = (refusal: RestoreRefusal): RestoreError => ({
  code: 'refused',
  refusal: {
    format: 'ampelbogen-sicherung',
    problem: { code: refusal.problem, edition: refusal.key },
  },
});

/**
 * Reads and checks a picked backup file. The device's editions are checked
 * too, before the preview, so the user never chooses how to restore a file
 * that would be refused. Nothing is written.
 */
export async function readBackupForRestore(
  file: Blob,
): Promise<Outcome<BackupToRestore, ReadBackupError>> {
  let read: FileResult<Backup>;
  try {
    const { readBackupFile } = await import('../files/backup-file');
    read = await readBackupFile(file);
  } catch {
    return { ok: false, error: { code: 'load-failed' } };
  }
  if (!read.ok) return { ok: false, error: { code: 'refused', refusal: read } };
  let refusal: RestoreRefusal | null;
  try {
    refusal = await checkBackupEditions(read.value);
  } catch (error) {
    return { ok: false, error: namedStorageFailure(error) ?? { code: 'load-failed' } };
  }
  if (refusal) return { ok: false, error: refused(refusal) };
  return { ok: true, value: { backup: read.value, summary: summariseBackup(read.value) } };
}

/** How much the device holds, for the question before replacing it. */
export function countDeviceData(): Promise<Outcome<{ clubs: number; assessments: number }>> {
  return attempt(countStored);
}

/**
 * Restores a checked backup in one transaction: added to what is there
 * ("merge") or in place of it ("replace"), or nothing at all. The value is how
 * many clubs and assessments the file brought.
 */
export async function restoreBackup(
  backup: Backup,
  mode: RestoreMode,
): Promise<Outcome<{ clubs: number; assessments: number }, RestoreError>> {
  let result: RestoreResult;
  try {
    result = await restore(backup, mode);
  } catch (error) {
    return { ok: false, error: storageFailure(error) };
  }
  if (!result.ok) return { ok: false, error: refused(result) };
  return {
    ok: true,
    value: { clubs: backup.clubs.length, assessments: backup.assessments.length },
  };
}
