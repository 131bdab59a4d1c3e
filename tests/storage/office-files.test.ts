import { beforeEach, describe, expect, it } from 'vitest';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import {
  deleteAllOfficeFiles,
  deleteOfficeFile,
  listOfficeFiles,
  loadOfficeEditions,
  storeOfficeFiles,
} from '../../src/storage/office-files';
import { SHIPPED_EDITION, SHIPPED_EDITION_KEY } from '../../src/storage/shipped-edition';
import { makeFile } from '../fixtures/anonymous-files';
import { dump, freshDatabase } from './helpers';

let db: OfficeDb;
let counter = 0;

beforeEach(() => {
  counter += 1;
  db = new OfficeDb(`office-test-${counter}-${Math.random().toString(36).slice(2)}`);
  setOfficeDatabase(db);
});

describe('storeOfficeFiles', () => {
  it('stores new files with the time of import and nothing else', async () => {
    const a = makeFile({ ratings: { a1: 'green' } });
    const b = makeFile({ ratings: { a1: 'red' } });
    const outcome = await storeOfficeFiles([a, b], new Date('2026-03-14T09:00:00Z'));
    expect(outcome).toEqual({ added: [a.fileId, b.fileId], already: [] });
    const rows = await db.files.toArray();
    expect(rows).toHaveLength(2);
    expect(Object.keys(rows[0]!).sort()).toEqual(['file', 'fileId', 'importedAt']);
    expect(rows[0]!.importedAt).toBe('2026-03-14T09:00:00.000Z');
  });

  it('reports a file already there, or twice in the batch, and keeps the first copy', async () => {
    const a = makeFile({ ratings: { a1: 'green' } });
    await storeOfficeFiles([a], new Date('2026-03-01T00:00:00Z'));
    const b = makeFile({ ratings: { a1: 'red' } });
    const changed = { ...a, ratings: { a1: 'red' as const } };
    const outcome = await storeOfficeFiles([changed, b, b]);
    expect(outcome).toEqual({ added: [b.fileId], already: [a.fileId, b.fileId] });
    expect((await db.files.get(a.fileId))!.file.ratings).toEqual({ a1: 'green' });
  });

  it('writes nothing of a batch when the transaction fails', async () => {
    const a = makeFile({ ratings: {} });
    const broken = { ...makeFile({ ratings: {} }), fileId: undefined as unknown as string };
    await expect(storeOfficeFiles([a, broken])).rejects.toThrow();
    expect(await db.files.count()).toBe(0);
  });
});

describe('listing and deleting', () => {
  it('lists newest import first and deletes one or all', async () => {
    const old = makeFile({ ratings: {} });
    const recent = makeFile({ ratings: {} });
    await storeOfficeFiles([old], new Date('2026-01-01T00:00:00Z'));
    await storeOfficeFiles([recent], new Date('2026-02-01T00:00:00Z'));
    expect((await listOfficeFiles()).map((r) => r.fileId)).toEqual([recent.fileId, old.fileId]);
    await deleteOfficeFile(old.fileId);
    expect((await listOfficeFiles()).map((r) => r.fileId)).toEqual([recent.fileId]);
    await deleteAllOfficeFiles();
    expect(await listOfficeFiles()).toEqual([]);
  });

  it('keeps the office files apart from the clubs’ database', async () => {
    const clubs = freshDatabase();
    await clubs.clubs.add({
      id: 'c1',
      name: 'Turnverein',
      category: 'sport',
      sizeBand: '21-100',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    const before = await dump(clubs);
    await storeOfficeFiles([makeFile({ ratings: {} })]);
    await deleteAllOfficeFiles();
    expect(await dump(clubs)).toEqual(before);
    expect(db.name).not.toBe(clubs.name);
  });

  it('loads the editions on the device with every shipped one, the current one as reference', async () => {
    freshDatabase();
    const { editions, shipped } = await loadOfficeEditions();
    expect(shipped).toMatchObject(SHIPPED_EDITION);
    // The earlier shipped editions were never stored here, but files made with them still come in.
    expect(editions.map((e) => `${e.id}@${e.version}`)).toEqual([
      SHIPPED_EDITION_KEY,
      'ni-ampelbogen@1',
      'ni-ampelbogen@2',
    ]);
  });
});
