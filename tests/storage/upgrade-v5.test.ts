import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AmpelbogenDb } from '../../src/storage/db';
import { isUpgrading, onUpgrading } from '../../src/storage/upgrade-status';
import type { Answer, Assessment } from '../../src/domain/entities';
import { databaseAt } from './helpers';
import { V4_STORES, v4Clubs, writeVersion4Database, type V4Rows } from '../fixtures/v4-database';

// A database written under schema v4 (with the IndexedDB API alone, not with
// today's code) opens under v5: a finished assessment's answers fold into its
// row, every light and note exactly, and its answer rows go; drafts keep theirs.

const name = () => `v4-${Math.random().toString(36).slice(2)}`;

interface NativeSchema {
  version: number;
  stores: Record<string, unknown>;
}

/** The stores, keys and indexes of a database as IndexedDB reports them. */
async function nativeSchema(dbName: string): Promise<NativeSchema> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readonly');
  const stores = Object.fromEntries(
    names.map((storeName) => {
      const store = tx.objectStore(storeName);
      const indexes = Object.fromEntries(
        [...store.indexNames].map((indexName) => {
          const index = store.index(indexName);
          return [
            indexName,
            { keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry },
          ];
        }),
      );
      return [storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }];
    }),
  );
  const version = db.version;
  db.close();
  return { version, stores };
}

const criteria = Array.from({ length: 12 }, (_, k) => `bereich-${(k % 3) + 1}-0${k}`);
const stamp = '2025-11-20T18:00:00.000Z';

/** Three clubs with eleven assessments each (the last a draft; ids a1 and a10 share a prefix), and rows around them. */
function seed() {
  const { clubs, assessments } = v4Clubs({
    clubs: 3,
    perClub: 11,
    criteria,
    editionId: 'test-edition',
    editionVersion: 1,
  });
  // Finished without a single answer row: stays as it is.
  const empty = {
    id: 'club-1-leer',
    clubId: 'club-1',
    editionId: 'test-edition',
    editionVersion: 1,
    date: '2024-02-01',
    status: 'done',
    lastArea: 0,
    createdAt: stamp,
    updatedAt: stamp,
    finishedAt: stamp,
    ratings: {},
  };
  // An answer row whose assessment is gone: the upgrade leaves it alone.
  const orphan = {
    assessmentId: 'club-1-a1-weg',
    criterionId: criteria[0]!,
    rating: 'red',
    note: 'verwaist',
    updatedAt: stamp,
  };
  const rows: V4Rows = {
    clubs,
    assessments: [...assessments.map((a) => a.row), empty],
    answers: [...assessments.flatMap((a) => a.answers), orphan],
    measures: [
      {
        id: `club-1-a1/${criteria[0]}`,
        clubId: 'club-1',
        assessmentId: 'club-1-a1',
        criterionId: criteria[0],
        text: 'Flyer übersetzen',
        status: 'open',
        createdAt: stamp,
        updatedAt: stamp,
      },
    ],
    editions: [{ key: 'test-edition@1', id: 'test-edition', version: 1, importedAt: stamp }],
    meta: [{ key: 'persistenceAsked', value: true }],
  };
  return { assessments, empty, orphan, rows };
}

describe('upgrade of a v4 database to v5', () => {
  it('the v4 fixture has exactly the stores, keys and indexes that Dexie creates for version 4', async () => {
    const dexieName = name();
    // Versions 1, 2 and 4 as they shipped declare every store of v4 (v3 changed no store).
    const shipped = new Dexie(dexieName);
    shipped.version(1).stores({
      clubs: 'id, name',
      assessments: 'id, clubId, [clubId+date], status',
      answers: '[assessmentId+criterionId], assessmentId',
      editions: 'key, id',
      meta: 'key',
    });
    shipped.version(2).stores({ measures: 'id, clubId, assessmentId, [clubId+criterionId]' });
    shipped.version(3).stores({});
    shipped.version(4).stores({
      clubs: 'id, name, updatedAt',
      assessments: 'id, clubId, [clubId+date], status, updatedAt',
      answers: '[assessmentId+criterionId], assessmentId, updatedAt',
      measures: 'id, clubId, assessmentId, [clubId+criterionId], updatedAt',
    });
    await shipped.open();
    shipped.close();

    const rawName = name();
    await writeVersion4Database({ name: rawName, stores: V4_STORES, rows: {} });

    const fromDexie = await nativeSchema(dexieName);
    expect(fromDexie.version).toBe(40);
    expect(await nativeSchema(rawName)).toEqual(fromDexie);
  });

  it('folds every light and note of a finished assessment into its row, removes its rows, and keeps drafts and everything else', async () => {
    const dbName = name();
    const { assessments, empty, orphan, rows } = seed();
    await writeVersion4Database({ name: dbName, stores: V4_STORES, rows });

    // The step alone, as its frozen module declares it.
    const db = databaseAt(dbName, 5);
    await db.open();
    expect(db.verno).toBe(5);
    const assessmentsTable = db.table<Assessment, string>('assessments');
    const answersTable = db.table<Answer, [string, string]>('answers');

    const finished = assessments.filter((a) => a.row.status === 'done');
    const drafts = assessments.filter((a) => a.row.status === 'draft');
    expect(finished).toHaveLength(30);
    expect(drafts).toHaveLength(3);

    for (const { row, answers } of finished) {
      const stored = await assessmentsTable.get(row.id);
      const lights = answers.filter((a) => a.rating !== undefined);
      const notes = answers.filter((a) => a.note !== undefined);
      // Every light and every note of the rows, nothing more.
      expect(Object.keys(stored?.ratings ?? {})).toHaveLength(lights.length);
      for (const a of lights) expect(stored?.ratings?.[a.criterionId]).toBe(a.rating);
      expect(notes.length).toBeGreaterThan(0);
      expect(Object.keys(stored?.notes ?? {})).toHaveLength(notes.length);
      for (const a of notes) expect(stored?.notes?.[a.criterionId]).toBe(a.note);
      // The rest of the row is as it was.
      expect(stored).toEqual({
        ...row,
        ratings: Object.fromEntries(lights.map((a) => [a.criterionId, a.rating])),
        notes: Object.fromEntries(notes.map((a) => [a.criterionId, a.note])),
      });
      expect(await answersTable.where('assessmentId').equals(row.id).count()).toBe(0);
    }

    // Drafts keep their row and every answer row unchanged.
    for (const { row, answers } of drafts) {
      expect(await assessmentsTable.get(row.id)).toEqual(row);
      expect(await answersTable.where('assessmentId').equals(row.id).toArray()).toEqual(
        [...answers].sort((a, b) => (a.criterionId < b.criterionId ? -1 : 1)),
      );
    }
    expect(await assessmentsTable.get(empty.id)).toEqual(empty);
    expect(await answersTable.get([orphan.assessmentId, orphan.criterionId])).toEqual(orphan);
    expect(await answersTable.count()).toBe(drafts.length * criteria.length + 1);
    expect(await assessmentsTable.count()).toBe(assessments.length + 1);

    expect(await db.table('clubs').toArray()).toEqual(rows.clubs);
    expect(await db.table('measures').toArray()).toEqual(rows.measures);
    expect(await db.table('editions').toArray()).toEqual(rows.editions);
    expect(await db.table('meta').toArray()).toEqual(rows.meta);
    db.close();
  });

  it('reports the upgrade while it runs, and nothing when the database is current', async () => {
    const dbName = name();
    await writeVersion4Database({ name: dbName, stores: V4_STORES, rows: seed().rows });
    const seen: boolean[] = [];
    const stop = onUpgrading((upgrading) => seen.push(upgrading));

    const db = new AmpelbogenDb(dbName);
    await db.open();
    db.close();
    expect(seen).toEqual([true, false]);
    expect(isUpgrading()).toBe(false);

    const again = new AmpelbogenDb(dbName);
    await again.open();
    again.close();
    const fresh = new AmpelbogenDb(name());
    await fresh.open();
    fresh.close();
    expect(seen).toEqual([true, false]);
    stop();
  });
});
