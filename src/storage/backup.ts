// Backup and restore: the snapshot a backup is made of (one read transaction
// over every table), when the last backup was made ("lastBackupAt" in meta), and
// the restore itself: one read-write transaction that adds the file to what is
// there or replaces it, or writes nothing at all.
import type { BackupContent, BackupSnapshot } from '../domain/backup';
import { planMerge } from '../domain/backup';
import { editionKey } from '../domain/assessment';
import { sameJson } from '../domain/edition';
import { AmpelbogenDb, getDb, type StoredEdition } from './db';
import { loadShippedEditions } from './shipped-edition';
import type { Edition } from '../domain/edition-schema';
import { acknowledgeDatabaseLost } from './database-loss';

/**
 * Reads everything a backup holds, in one read transaction, so the file is one
 * consistent moment. It writes nothing, so an emergency backup on a full disk
 * works too.
 */
export async function readBackupSnapshot(): Promise<BackupSnapshot> {
  const db = getDb();
  return db.transaction(
    'r',
    [db.clubs, db.assessments, db.answers, db.measures, db.editions, db.meta],
    async () => {
      const [clubs, assessments, answers, measures, editions, defaultEdition] = await Promise.all([
        db.clubs.toArray(),
        db.assessments.toArray(),
        db.answers.toArray(),
        db.measures.toArray(),
        db.editions.toArray(),
        db.meta.get('defaultEdition'),
      ]);
      return {
        clubs,
        assessments,
        answers,
        measures,
        editions: editions.map((e) => ({ importedAt: e.importedAt, edition: e.edition })),
        settings:
          typeof defaultEdition?.value === 'string' ? { defaultEdition: defaultEdition.value } : {},
      };
    },
  );
}

/** Remembers that a backup of the data as of `createdAt` has been handed to the user. */
export async function markBackedUp(createdAt: string): Promise<void> {
  await getDb().meta.put({ key: 'lastBackupAt', value: createdAt });
}

/** How much the device holds, for the question before replacing it. */
export async function countDeviceData(): Promise<{ clubs: number; assessments: number }> {
  const db = getDb();
  const [clubs, assessments] = await Promise.all([db.clubs.count(), db.assessments.count()]);
  return { clubs, assessments };
}

export type RestoreMode = 'merge' | 'replace';

/** Why a valid file still cannot be restored on this device. */
export type RestoreRefusal =
  { problem: 'edition-conflict'; key: string } | { problem: 'edition-missing'; key: string };

export type RestoreResult = { ok: true } | ({ ok: false } & RestoreRefusal);

class Refused extends Error {
  constructor(readonly refusal: RestoreRefusal) {
    super(refusal.problem);
  }
}

/**
 * A second connection to the same database whose transactions commit only
 * after the data reaches the disk. Dexie 4 sets durability per database
 * (the `chromeTransactionDurability` option), not per transaction, and taps stay
 * on the default (relaxed) connection for speed. Its writes reach the app's live
 * queries like any other (Dexie signals changes by database name).
 */
function openStrictConnection(): AmpelbogenDb {
  return new AmpelbogenDb(getDb().name, { chromeTransactionDurability: 'strict' });
}

export interface RestoreOptions {
  /** The connection to write with; tests hand in one that fails midway. */
  connect?: () => AmpelbogenDb;
}

/**
 * Writes a validated backup in one read-write transaction: "merge" adds it to
 * what is there by the rule of planMerge; "replace" removes every club,
 * assessment, answer, measure and open round first. Editions are only added, never removed
 * or changed: one with the same id and version but other content refuses the
 * whole restore, as does an assessment whose edition is neither in the file nor
 * on the device. Any failure aborts the transaction: nothing is written.
 */
export async function restoreBackup(
  content: BackupContent,
  mode: RestoreMode,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  // Every shipped edition counts as on the device even before it was first
  // written (or, for an earlier one, when it never was), so a file can never
  // bring in another text under its id.
  const shipped = await loadShippedEditions();
  const db = (options.connect ?? openStrictConnection)();
  try {
    await db.transaction(
      'rw',
      [db.clubs, db.assessments, db.answers, db.measures, db.editions, db.meta, db.rounds],
      () => writeBackup(db, content, mode, shipped),
    );
    // Data is back on the device: a loss found earlier has been dealt with.
    acknowledgeDatabaseLost(getDb().name);
    return { ok: true };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, ...error.refusal };
    throw error;
  } finally {
    if (db !== getDb()) db.close();
  }
}

/**
 * Whether the device refuses the file's editions: one with the same id and
 * version as one here or shipped with the app but other content, or an
 * assessment's edition neither in the file nor here nor shipped. Otherwise the
 * editions to write: the file's that the device lacks, and the shipped ones
 * that assessments of the file need and the device has not stored (an old
 * device's assessments made with the first shipped edition, on a new device).
 */
async function checkEditions(
  db: AmpelbogenDb,
  content: BackupContent,
  shipped: readonly Edition[],
): Promise<{ refusal: RestoreRefusal } | { missing: StoredEdition[] }> {
  const fileEditions: StoredEdition[] = content.editions.map(({ importedAt, edition }) => ({
    key: editionKey(edition.id, edition.version),
    id: edition.id,
    version: edition.version,
    importedAt,
    edition,
  }));
  const onDevice = await db.editions.bulkGet(fileEditions.map((e) => e.key));
  const shippedByKey = new Map(shipped.map((e) => [editionKey(e.id, e.version), e]));
  const conflict = fileEditions.find((e, i) => {
    const mine = onDevice[i]?.edition ?? shippedByKey.get(e.key);
    return mine && !sameJson(mine, e.edition);
  });
  if (conflict) return { refusal: { problem: 'edition-conflict', key: conflict.key } };
  const available = new Set(fileEditions.map((e) => e.key));
  const needed = [
    ...new Set(content.assessments.map((a) => editionKey(a.editionId, a.editionVersion))),
  ].filter((key) => !available.has(key));
  const found = await db.editions.bulkGet(needed);
  const fromApp: StoredEdition[] = [];
  const importedAt = new Date().toISOString();
  for (const [i, key] of needed.entries()) {
    if (found[i]) continue;
    const edition = shippedByKey.get(key);
    if (!edition) return { refusal: { problem: 'edition-missing', key } };
    fromApp.push({ key, id: edition.id, version: edition.version, importedAt, edition });
  }
  return { missing: [...fileEditions.filter((_, i) => !onDevice[i]), ...fromApp] };
}

/**
 * The checks of restoreBackup against the device's editions, without writing:
 * the screen runs them before it shows what a file holds.
 */
export async function checkBackupEditions(content: BackupContent): Promise<RestoreRefusal | null> {
  const shipped = await loadShippedEditions();
  const db = getDb();
  const checked = await db.transaction('r', db.editions, () => checkEditions(db, content, shipped));
  return 'refusal' in checked ? checked.refusal : null;
}

async function writeBackup(
  db: AmpelbogenDb,
  content: BackupContent,
  mode: RestoreMode,
  shipped: readonly Edition[],
) {
  const editions = await checkEditions(db, content, shipped);
  if ('refusal' in editions) throw new Refused(editions.refusal);
  await db.editions.bulkAdd(editions.missing);

  if (mode === 'replace') {
    await Promise.all([
      db.clubs.clear(),
      db.assessments.clear(),
      db.answers.clear(),
      db.measures.clear(),
      // Open rounds belong to the assessments that go.
      db.rounds.clear(),
    ]);
    await Promise.all([
      db.clubs.bulkPut([...content.clubs]),
      db.assessments.bulkPut([...content.assessments]),
      db.answers.bulkPut([...content.answers]),
      db.measures.bulkPut([...content.measures]),
    ]);
    // The file's choice holds only if no higher version of that edition is
    // here: an older version is never the default.
    const chosen = content.settings.defaultEdition;
    const stored = await db.editions.toArray();
    const picked = stored.find((e) => e.key === chosen);
    if (picked && !stored.some((e) => e.id === picked.id && e.version > picked.version))
      await db.meta.put({ key: 'defaultEdition', value: picked.key });
    await db.meta.put({ key: 'lastBackupAt', value: content.createdAt });
    return;
  }

  const assessmentIds = content.assessments.map((a) => a.id);
  const [clubs, assessments, answers, measures] = await Promise.all([
    db.clubs.bulkGet(content.clubs.map((c) => c.id)),
    db.assessments.bulkGet(assessmentIds),
    db.answers.where('assessmentId').anyOf(assessmentIds).toArray(),
    db.measures.where('assessmentId').anyOf(assessmentIds).toArray(),
  ]);
  const plan = planMerge(
    {
      clubs: clubs.filter((c) => c !== undefined),
      assessments: assessments.filter((a) => a !== undefined),
      answers,
      measures,
    },
    content,
  );
  if (plan.replacedAssessmentIds.length > 0) {
    await db.answers.where('assessmentId').anyOf(plan.replacedAssessmentIds).delete();
    await db.measures.where('assessmentId').anyOf(plan.replacedAssessmentIds).delete();
    await db.rounds.where('assessmentId').anyOf(plan.replacedAssessmentIds).delete();
  }
  await Promise.all([
    db.clubs.bulkPut(plan.clubs),
    db.assessments.bulkPut(plan.assessments),
    db.answers.bulkPut(plan.answers),
    db.measures.bulkPut(plan.measures),
  ]);
}
