import Dexie, { type EntityTable } from 'dexie';
import type { Answer, Assessment, Club } from '../domain/entities';
import type { Edition } from '../domain/edition-schema';
import { reportStorageProblem } from './errors';

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

export class AmpelbogenDb extends Dexie {
  clubs!: EntityTable<Club, 'id'>;
  assessments!: EntityTable<Assessment, 'id'>;
  answers!: Dexie.Table<Answer, [string, string]>;
  editions!: EntityTable<StoredEdition, 'key'>;
  meta!: EntityTable<MetaEntry, 'key'>;

  constructor(name = 'ampelbogen') {
    super(name);
    this.version(1).stores({
      clubs: 'id, name',
      assessments: 'id, clubId, [clubId+date], status',
      answers: '[assessmentId+criterionId], assessmentId',
      editions: 'key, id',
      meta: 'key',
    });
    // Another tab wants a newer schema: step aside so it can upgrade, and tell
    // the user to reload (their entries are already written).
    this.on('versionchange', () => {
      this.close();
      reportStorageProblem('version-change');
      return false;
    });
    this.on('blocked', () => reportStorageProblem('blocked'));
  }
}

let current: AmpelbogenDb | null = null;

/** The app's database, opened on first use. */
export function getDb(): AmpelbogenDb {
  current ??= new AmpelbogenDb();
  return current;
}

/** Replaces the database instance; tests use it to start from an empty one. */
export function setDatabase(db: AmpelbogenDb): void {
  current = db;
}
