// Whether entries have come since the last backup ("lastBackupAt" in meta), for
// the start screen's reminder: apart from backup.ts, whose restore the first
// screen does not need.
import { changedAfter, isBackupDue } from '../domain/backup-due';
import { getDb } from './db';

/** When the last backup was made, and whether entries have come since (a read for live queries). */
export interface BackupStatus {
  lastBackupAt: string | undefined;
  due: boolean;
}

/**
 * Reads the backup status. Without a backup any club counts as new data; with
 * one, the tables are searched for a row changed later, stopping at the first.
 */
export async function readBackupStatus(): Promise<BackupStatus> {
  const db = getDb();
  return db.transaction(
    'r',
    [db.meta, db.clubs, db.assessments, db.answers, db.measures],
    async () => {
      const stored = (await db.meta.get('lastBackupAt'))?.value;
      const last = typeof stored === 'string' ? stored : undefined;
      let change: string | undefined;
      if (last === undefined) {
        change = (await db.clubs.limit(1).first())?.updatedAt;
      } else {
        // Stamps are ISO text; one from a restored file may carry an offset,
        // which shifts its text by at most 14 hours. So the index is read from
        // 14 hours before the backup, and the few rows there compared as instants.
        const from = new Date(Date.parse(last) - 14 * 3600_000).toISOString();
        for (const table of [db.clubs, db.assessments, db.measures, db.answers] as const) {
          const row = await (table as typeof db.clubs)
            .where('updatedAt')
            .above(from)
            .filter((r) => changedAfter(r.updatedAt, last))
            .first();
          if (row) {
            change = row.updatedAt;
            break;
          }
        }
      }
      return { lastBackupAt: last, due: isBackupDue(last, change) };
    },
  );
}
