// Whether a backup is due: the one part of backups the start screen needs (its
// reminder), in a module of its own so the first screen does not carry the
// restore's planning.

/**
 * True when the device holds entries that no backup has: any change after the
 * last backup, or data that was never backed up. No data, no reminder.
 */
export function isBackupDue(
  lastBackupAt: string | undefined,
  newestChangeAt: string | undefined,
): boolean {
  if (newestChangeAt === undefined) return false;
  if (lastBackupAt === undefined) return true;
  return Date.parse(newestChangeAt) > Date.parse(lastBackupAt);
}

/** True when a record changed after the last backup (the test storage runs over each row). */
export function changedAfter(updatedAt: string, lastBackupAt: string): boolean {
  return Date.parse(updatedAt) > Date.parse(lastBackupAt);
}
