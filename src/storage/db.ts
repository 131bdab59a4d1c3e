import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { Answer, Assessment, Club, Measure } from '../domain/entities';
import type { OpenRound } from '../domain/round';
import { prepareConnection } from './connection';
import { hasVersionChanged } from './errors';
import { watchForLoss } from './database-loss';
import { isUpgrading, reportUpgrading } from './upgrade-status';
import { seedShippedEdition, type StoredEdition } from './shipped-edition';
import * as v1 from './migrations/v1';
import * as v2 from './migrations/v2';
import * as v3 from './migrations/v3';
import * as v4 from './migrations/v4';
import * as v5 from './migrations/v5';
import * as v6 from './migrations/v6';

// The one IndexedDB database of the app. A shipped version(n) is never edited:
// a change of schema adds version(n + 1) with its stores and upgrade in a
// frozen module of its own (migrations/), which copies the helpers it needs
// instead of importing today's code, and a storage test per step opens a
// database seeded at the version before.

/** An edition as stored, with its compound key spelled out for indexing. */
export type { StoredEdition };

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

export class AmpelbogenDb extends Dexie {
  clubs!: EntityTable<Club, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Dexie.Table<Answer, [string, string]>;
  editions!: EntityTable<StoredEdition, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;
  measures!: EntityTable<Measure, 'id'>;
  rounds!: EntityTable<OpenRound, 'id'>;

  constructor(name = 'ampelbogen', options?: DexieOptions) {
    super(name, options);
    // Each version's stores and upgrade live in their own frozen module.
    this.version(1).stores(v1.stores);
    this.version(2).stores(v2.stores).upgrade(announced(v2.upgrade));
    this.version(3).stores(v3.stores).upgrade(announced(v3.upgrade));
    this.version(4).stores(v4.stores);
    this.version(5).stores(v5.stores).upgrade(announced(v5.upgrade));
    this.version(6).stores(v6.stores);
    prepareConnection(this);
    watchForLoss(this);
    // Sticky: on every open, also a reopen after a failure, before any other
    // call gets through (Dexie hands in a connection that may pass).
    this.on('ready', (vip) => seedShippedEdition(vip as AmpelbogenDb), true);
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
