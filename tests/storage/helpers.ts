import Dexie, { type DBCore, type Transaction } from 'dexie';
import type { Answer } from '../../src/domain/entities';
import { readAssessmentEntries } from '../../src/storage/assessment-bundle';
import { AmpelbogenDb, setDatabase } from '../../src/storage/db';
import * as v1 from '../../src/storage/migrations/v1';
import * as v2 from '../../src/storage/migrations/v2';
import * as v3 from '../../src/storage/migrations/v3';
import * as v4 from '../../src/storage/migrations/v4';
import * as v5 from '../../src/storage/migrations/v5';
import * as v6 from '../../src/storage/migrations/v6';

let counter = 0;

/** A fresh, empty database on fake-indexeddb for each test. */
export function freshDatabase(): AmpelbogenDb {
  counter += 1;
  const db = new AmpelbogenDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
  setDatabase(db);
  return db;
}

/** An assessment's answers as the assessment screen reads them; none when it is gone. */
export async function readAnswers(assessmentId: string): Promise<Answer[]> {
  return (await readAssessmentEntries(assessmentId))?.answers ?? [];
}

/** Every row of every table, for "nothing changed" checks. */
export async function dump(db: AmpelbogenDb) {
  return {
    clubs: await db.clubs.toArray(),
    assessments: await db.assessments.toArray(),
    answers: await db.answers.toArray(),
    measures: await db.measures.toArray(),
    editions: await db.editions.toArray(),
    meta: await db.meta.toArray(),
    rounds: await db.rounds.toArray(),
  };
}

/**
 * Makes every write of the database fail while `fail` is set, with the error
 * the browser would raise (a full disk: QuotaExceededError), through Dexie's
 * own middleware. Call it before the database opens.
 */
export function injectWriteFailures(db: AmpelbogenDb) {
  let failure: (() => Error) | null = null;
  db.use({
    stack: 'dbcore',
    name: 'test-write-failures',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (failure ? Promise.reject(failure()) : table.mutate(request)),
        };
      },
    }),
  });
  return {
    fail(make: () => Error) {
      failure = make;
    },
    heal() {
      failure = null;
    },
  };
}

/** An error as the browser names it (QuotaExceededError, UnknownError, …). */
export const browserError = (name: string) => Object.assign(new Error(name), { name });

/**
 * Makes opening any database fail with the given error while broken, as
 * Chromium's open does on a full or damaged disk. Returns the switch.
 */
export function breakDatabaseOpen() {
  const factory = globalThis.indexedDB;
  const open = factory.open.bind(factory);
  let error: Error | null = null;
  factory.open = (name: string, version?: number) => {
    if (!error) return open(name, version);
    const request = { error } as unknown as IDBOpenDBRequest;
    setTimeout(() =>
      request.onerror?.call(request, {
        target: request,
        preventDefault() {},
        stopPropagation() {},
      } as unknown as Event),
    );
    return request;
  };
  return {
    fail(name: string) {
      error = browserError(name);
    },
    heal() {
      error = null;
    },
    restore() {
      factory.open = open;
    },
  };
}

const SCHEMA_STEPS: readonly {
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [v1, v2, v3, v4, v5, v6];

/**
 * A database that declares schema versions 1 to `last` from their frozen
 * modules, each with its upgrade, and nothing else of the app (no seeding, no
 * marks): seeded at one version and opened at the next, it runs one step.
 */
export function databaseAt(name: string, last: number): Dexie {
  const db = new Dexie(name);
  SCHEMA_STEPS.slice(0, last).forEach((step, i) => {
    const version = db.version(i + 1).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  });
  return db;
}

/** Writes rows into a database declared up to `version`, then closes it. */
export async function seedAt(
  name: string,
  version: number,
  rows: Record<string, readonly object[]>,
): Promise<void> {
  const db = databaseAt(name, version);
  await db.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd([...list]);
  });
  db.close();
}

/** A database name no other test uses. */
export const uniqueName = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`;
