import Dexie, { type EntityTable } from 'dexie';
import type { AnonymousFile } from '../domain/anonymous';
import { prepareConnection } from './connection';

// The Integrationsbüro's own IndexedDB database, apart from the clubs' data
// ("ampelbogen"), so that an office device and a club device can be the same
// browser without mixing. It keeps the validated anonymous files, never their
// original file names (a sender may have put the club's name in one).

/** An imported anonymous file as stored. */
export interface StoredOfficeFile {
  /** The file's own random id; the same id twice is the same file. */
  fileId: string;
  /** When this device took the file in (ISO instant). */
  importedAt: string;
  file: AnonymousFile;
}

export class OfficeDb extends Dexie {
  files!: EntityTable<StoredOfficeFile, 'fileId'>;

  constructor(name = 'ampelbogen-auswertung') {
    super(name);
    this.version(1).stores({ files: 'fileId, importedAt' });
    prepareConnection(this);
  }
}

let current: OfficeDb | null = null;

/** The office database, opened on first use. */
export function getOfficeDb(): OfficeDb {
  current ??= new OfficeDb();
  return current;
}

/** Replaces the database instance; tests use it to start from an empty one. */
export function setOfficeDatabase(db: OfficeDb): void {
  current = db;
}
