// Use cases of the backup file: the ordinary backup from the settings, and
// the emergency backup offered when a write fails for lack of space. Both
// read the database, build the file and hand it to the share sheet or a
// download; they return outcomes, never throw, and hold no words.
import { EMPTY_SNAPSHOT, type BackupSnapshot } from '../domain/backup';
import { toIsoDate } from '../domain/dates';
import { addScreenEntries, type ScreenEntries } from '../domain/rescue';
import { markBackedUp, readBackupSnapshot } from '../storage/backup';
import { deliverFile, type Delivery } from '../files/deliver';

/** How a backup went: delivered (or the share sheet was closed), or failed. */
export type BackupOutcome =
  | { ok: true; delivery: Delivery; fileName: string }
  | { ok: false; error: 'read-failed' | 'deliver-failed' };

async function deliverBackup(snapshot: BackupSnapshot, now: Date, title: string) {
  const { buildBackup, backupBlob, backupFileName } = await import('../files/backup-file');
  const backup = buildBackup(snapshot, now, __APP_VERSION__);
  const fileName = backupFileName(toIsoDate(now));
  const delivery = await deliverFile(backupBlob(backup), fileName, { share: true, title });
  return { backup, fileName, delivery };
}

/** The backup of the settings screen; remembers when it was made unless the share was cancelled. */
export async function createBackup(title: string, now = new Date()): Promise<BackupOutcome> {
  let snapshot: BackupSnapshot;
  try {
    snapshot = await readBackupSnapshot();
  } catch {
    return { ok: false, error: 'read-failed' };
  }
  try {
    const { backup, fileName, delivery } = await deliverBackup(snapshot, now, title);
    if (delivery !== 'cancelled') await markBackedUp(backup.createdAt);
    return { ok: true, delivery, fileName };
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
): Promise<BackupOutcome> {
  // A database that cannot be read still leaves the screen's entries to save.
  const stored = await readBackupSnapshot().catch(() => EMPTY_SNAPSHOT);
  const snapshot = screen ? addScreenEntries(stored, screen, now.toISOString()) : stored;
  try {
    const { fileName, delivery } = await deliverBackup(snapshot, now, title);
    return { ok: true, delivery, fileName };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}
