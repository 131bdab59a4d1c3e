import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countDeviceData,
  createBackup,
  readBackupForRestore,
  restoreBackup,
} from '../../src/actions/backup';
import type { AmpelbogenDb } from '../../src/storage/db';
import { createClub } from '../../src/storage/clubs';
import { addEdition } from '../../src/storage/editions';
import { readBackupStatus } from '../../src/storage/backup-status';
import { edition, sampleBackup } from '../fixtures/backup';
import { catchHandovers, withBrokenDatabase } from './actions-helpers';
import { dump, freshDatabase } from './helpers';

let db: AmpelbogenDb;
const NOW = new Date('2026-03-14T09:30:00Z');

const fileOf = (content: unknown) =>
  new Blob([typeof content === 'string' ? content : JSON.stringify(content)], {
    type: 'application/json',
  });

const clubNames = async () => (await db.clubs.toArray()).map((c) => c.name).sort();

beforeEach(() => {
  db = freshDatabase();
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('createBackup', () => {
  it('hands over the backup file and remembers when it was made', async () => {
    const handed = catchHandovers();
    await createClub({ name: 'TV', category: 'sport', sizeBand: 'bis-20' });
    expect(await createBackup('Sicherung', NOW)).toEqual({
      ok: true,
      value: { delivery: 'downloaded', fileName: 'ampelbogen-sicherung-2026-03-14.json' },
    });
    const file = JSON.parse(await handed[0]!.blob.text()) as { clubs: { name: string }[] };
    expect(file.clubs.map((c) => c.name)).toEqual(['TV']);
    expect((await readBackupStatus()).lastBackupAt).toBe(NOW.toISOString());
  });

  it('does not count a cancelled share as a backup', async () => {
    catchHandovers('cancelled');
    expect(await createBackup('Sicherung', NOW)).toMatchObject({
      ok: true,
      value: { delivery: 'cancelled' },
    });
    expect((await readBackupStatus()).lastBackupAt).toBeUndefined();
  });

  it('fails as "read-failed" when the database cannot be read', async () => {
    const handed = catchHandovers();
    expect(await withBrokenDatabase(() => createBackup('Sicherung', NOW))).toEqual({
      ok: false,
      error: 'read-failed',
    });
    expect(handed).toEqual([]);
  });
});

describe('readBackupForRestore', () => {
  it('reads and checks a file and says what it holds, writing nothing', async () => {
    const before = await dump(db);
    const outcome = await readBackupForRestore(fileOf(sampleBackup()));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.value.backup.clubs).toHaveLength(2);
    expect(outcome.value.summary).toMatchObject({ assessments: 3, measures: 2 });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a broken file with the file problem', async () => {
    expect(await readBackupForRestore(fileOf('{ "format": '))).toEqual({
      ok: false,
      error: {
        code: 'refused',
        refusal: expect.objectContaining({
          format: 'ampelbogen-sicherung',
          problem: { code: 'not-json' },
        }),
      },
    });
  });

  it('refuses before the preview a file whose edition the device has with other content', async () => {
    await addEdition({ ...edition, title: 'Andere Ausgabe' });
    expect(await readBackupForRestore(fileOf(sampleBackup()))).toEqual({
      ok: false,
      error: {
        code: 'refused',
        refusal: {
          format: 'ampelbogen-sicherung',
          problem: { code: 'edition-conflict', edition: 'test-edition@1' },
        },
      },
    });
  });

  it('returns the storage problem when the device’s editions cannot be read', async () => {
    const outcome = await withBrokenDatabase(() => readBackupForRestore(fileOf(sampleBackup())));
    expect(outcome).toEqual({ ok: false, error: { code: 'storage', problem: 'closed' } });
  });
});

describe('restoreBackup', () => {
  it('adds a checked backup to what is there and counts what it brought', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    expect(await restoreBackup(sampleBackup(), 'merge')).toEqual({
      ok: true,
      value: { clubs: 2, assessments: 3 },
    });
    expect(await clubNames()).toEqual(['Chor Harmonie', 'Nur hier', 'Turnverein']);
  });

  it('replaces what is there', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    expect((await restoreBackup(sampleBackup(), 'replace')).ok).toBe(true);
    expect(await clubNames()).toEqual(['Chor Harmonie', 'Turnverein']);
  });

  it('refuses a file whose edition is neither in it nor on the device, writing nothing', async () => {
    const before = await dump(db);
    expect(await restoreBackup({ ...sampleBackup(), editions: [] }, 'merge')).toEqual({
      ok: false,
      error: {
        code: 'refused',
        refusal: {
          format: 'ampelbogen-sicherung',
          problem: { code: 'edition-missing', edition: 'test-edition@1' },
        },
      },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('returns the storage problem when the database cannot be opened', async () => {
    expect(await withBrokenDatabase(() => restoreBackup(sampleBackup(), 'merge'))).toEqual({
      ok: false,
      error: { code: 'storage', problem: 'closed' },
    });
  });
});

describe('countDeviceData', () => {
  it('counts the clubs and assessments a replace would delete', async () => {
    await createClub({ name: 'TV', category: 'sport', sizeBand: 'bis-20' });
    expect(await countDeviceData()).toEqual({ ok: true, value: { clubs: 1, assessments: 0 } });
  });

  it('returns the storage problem when the database cannot be read', async () => {
    expect(await withBrokenDatabase(countDeviceData)).toEqual({ ok: false, error: 'closed' });
  });
});
