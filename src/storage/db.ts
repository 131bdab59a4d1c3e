import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Answer, Assessment, Club, Measure } from '../domain/entities';
import { measureId } from '../domain/measures';
import { foldAnswers, snapshotRatings } from '../domain/assessment';
import type { Edition } from '../domain/edition-schema';
import { prepareConnection } from './connection';
import { hasVersionChanged, markDatabaseLost } from './errors';
import { isUpgrading, reportUpgrading } from './upgrade-status';
import { seedShippedEdition } from './shipped-edition';

// The one IndexedDB database of the app. A shipped version(n) is never edited:
// a change of schema adds version(n + 1) with its upgrade, and a storage test
// opens a database seeded at the older version.

/** An edition as stored, with its compound key spelled out for indexing. */
export interface StoredEdition {
  key: string;
  id: string;
  version: number;
  importedAt: string;
  edition: Edition;
}

/** Small facts about the device's data (e.g. whether persistence was asked). */
export interface MetaEntry {
  key: string;
  value: string | number | boolean;
}

/**
 * An upgrade function that says it runs: the first one of an upgrade reports
 * it (the start screen then tells the user their data is being converted)
 * until the upgrade transaction has ended, committed or aborted.
 */
function announced(upgrade: (tx: Transaction) => Promise<void>) {
  return async (tx: Transaction): Promise<void> => {
    if (!isUpgrading()) {
      reportUpgrading(true);
      const ended = () => reportUpgrading(false);
      tx.idbtrans.addEventListener('complete', ended);
      tx.idbtrans.addEventListener('abort', ended);
    }
    await upgrade(tx);
  };
}

/** An IndexedDB request as a promise. */
function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export class AmpelbogenDb extends Dexie {
  clubs!: EntityTable<Club, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Dexie.Table<Answer, [string, string]>;
  editions!: EntityTable<StoredEdition, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  measures!: EntityTable<Measure, 'id'>;

  constructor(name = 'ampelbogen', options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      clubs: 'id, name',
      assessments: 'id, clubId, [clubId+date], status',
      answers: '[assessmentId+criterionId], assessmentId',
      editions: 'key, id',
      meta: 'key',
    });
    // Version 2: next steps become the club's measures, with who, due date and
    // open/done. Each answer's old free-text nextStep moves into an open measure.
    this.version(2)
      .stores({ measures: 'id, clubId, assessmentId, [clubId+criterionId]' })
      .upgrade(
        announced(async (tx) => {
          const clubOf = new Map<string, string>();
          await tx.table<Assessment, string>('assessments').each((a) => clubOf.set(a.id, a.clubId));
          const moved: Measure[] = [];
          await tx
            .table<Answer & { nextStep?: string }, [string, string]>('answers')
            .toCollection()
            .modify((answer) => {
              const text = answer.nextStep?.trim();
              const clubId = clubOf.get(answer.assessmentId);
              if (text && clubId) {
                moved.push({
                  id: measureId(answer.assessmentId, answer.criterionId),
                  clubId,
                  assessmentId: answer.assessmentId,
                  criterionId: answer.criterionId,
                  text,
                  status: 'open',
                  createdAt: answer.updatedAt,
                  updatedAt: answer.updatedAt,
                });
              }
              delete answer.nextStep;
            });
          await tx.table<Measure, string>('measures').bulkAdd(moved);
        }),
      );
    // Version 3: a finished assessment keeps a snapshot of its lights, so the
    // progress page reads one row per assessment instead of every answer.
    this.version(3)
      .stores({})
      .upgrade(
        announced(async (tx) => {
          const answers = tx.table<Answer, [string, string]>('answers');
          const finished = await tx
            .table<Assessment, string>('assessments')
            .where('status')
            .equals('done')
            .toArray();
          for (const a of finished) {
            const ratings = snapshotRatings(
              await answers.where('assessmentId').equals(a.id).toArray(),
            );
            await tx.table<Assessment, string>('assessments').update(a.id, { ratings });
          }
        }),
      );
    // Version 4: an index on updatedAt, so "is there anything newer than the
    // last backup?" reads a few rows instead of every answer. Indexes only.
    this.version(4).stores({
      clubs: 'id, name, updatedAt',
      assessments: 'id, clubId, [clubId+date], status, updatedAt',
      answers: '[assessmentId+criterionId], assessmentId, updatedAt',
      measures: 'id, clubId, assessmentId, [clubId+criterionId], updatedAt',
    });
    // Version 5: a finished assessment keeps all of its answers in its row,
    // lights (ratings, already there since v3) and notes, and its answer rows
    // go, so a restore writes one row per finished assessment instead of one
    // per answer. Drafts keep their rows. Indexes unchanged.
    this.version(5)
      .stores({})
      .upgrade(
        announced(async (tx) => {
          const assessments = tx.table<Assessment, string>('assessments');
          const finished = await assessments.where('status').equals('done').toArray();
          // A finished assessment's rows are one range of the primary key
          // [assessmentId+criterionId], in criterion order as the assessmentId
          // index gives them. Per assessment one read and one delete of that range
          // go straight to IndexedDB, all queued at once (they run in order). For
          // 2,000 finished assessments of 50 answers in Chromium this takes about
          // 2 s; reading through the index (3 s) and Dexie's bulkDelete of the
          // 100,000 keys (12 s) took about 15 s.
          const answers = tx.idbtrans.objectStore('answers');
          const folded = await Promise.all(
            finished.map(async (a) => {
              const range = IDBKeyRange.bound([a.id, Dexie.minKey], [a.id, Dexie.maxKey]);
              const read = settled(answers.getAll(range) as IDBRequest<Answer[]>);
              const deleted = settled(answers.delete(range));
              const rows = await read;
              await deleted;
              return rows.length > 0 ? foldAnswers(a, rows) : null;
            }),
          );
          await assessments.bulkPut(folded.filter((a): a is Assessment => a !== null));
        }),
      );
    prepareConnection(this);
    // A database created while this device had one before was deleted by the
    // browser (Chromium does so after a full disk damaged it). The mark lives
    // in localStorage, which the browser keeps apart from IndexedDB.
    this.on('populate', () => {
      if (readMark(name)) markDatabaseLost();
    });
    this.on('ready', () => writeMark(name));
    // Sticky: on every open, also a reopen after a failure, before any other
    // call gets through (Dexie hands in a connection that may pass).
    this.on('ready', (vip) => seedShippedEdition(vip as AmpelbogenDb), true);
  }
}

const markKey = (name: string) => `${name}:database-since`;

function readMark(name: string): string | null {
  try {
    return globalThis.localStorage?.getItem(markKey(name)) ?? null;
  } catch {
    return null;
  }
}

function writeMark(name: string): void {
  try {
    if (!readMark(name)) globalThis.localStorage?.setItem(markKey(name), new Date().toISOString());
  } catch {
    // Without localStorage a deleted database is not told apart; nothing else changes.
  }
}

let current: AmpelbogenDb | null = null;

/**
 * The app's database, opened on first use. After a failed open (a full disk,
 * a forced close) Dexie refuses every call until it is closed; so the next
 * call opens it afresh, and a retry works once space is free, without a
 * reload. Not after another tab's upgrade: then only a reload helps.
 */
export function getDb(): AmpelbogenDb {
  current ??= new AmpelbogenDb();
  if (current.hasFailed() && !current.isOpen() && !hasVersionChanged()) {
    current.close({ disableAutoOpen: false });
  }
  return current;
}

/** Replaces the database instance; tests use it to start from an empty one. */
export function setDatabase(db: AmpelbogenDb): void {
  current = db;
}
