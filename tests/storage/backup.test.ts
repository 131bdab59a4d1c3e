import { beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { AmpelbogenDb } from '../../src/storage/db';
import {
  checkBackupEditions,
  markBackedUp,
  readBackupSnapshot,
  restoreBackup,
} from '../../src/storage/backup';
import { readBackupStatus } from '../../src/storage/backup-status';
import {
  BACKUP_VERSION,
  buildBackup,
  restoreFromUnknown,
  type Backup,
} from '../../src/files/backup-file';
import { createClub } from '../../src/storage/clubs';
import { SHIPPED_EDITION, SHIPPED_EDITION_KEY } from '../../src/storage/shipped-edition';
import { addEdition, getDefaultEdition } from '../../src/storage/editions';
import shippedEdition from '../../src/domain/editions/ni-ampelbogen-v3.json';
import secondShippedEdition from '../../src/domain/editions/ni-ampelbogen-v2.json';
import firstShippedEdition from '../../src/domain/editions/ni-ampelbogen-v1.json';
import type { Edition } from '../../src/domain/edition-schema';
import {
  answer,
  assessment,
  club,
  edition,
  measure,
  sampleBackup,
  sampleBackupV1,
  SPREAD,
} from '../fixtures/backup';
import { loadAssessmentBundle } from '../../src/storage/assessment-bundle';
import { reopenAssessment, saveAnswer } from '../../src/storage/assessments';
import { loadProgress } from '../../src/storage/progress';
import { dump, freshDatabase } from './helpers';

let db: AmpelbogenDb;

beforeEach(() => {
  db = freshDatabase();
});

/** A backup made now from the device, as the settings screen makes it, through JSON. */
async function exportNow(): Promise<Backup> {
  const built = buildBackup(await readBackupSnapshot(), new Date(), 'test');
  const read = restoreFromUnknown(JSON.parse(JSON.stringify(built)));
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.value;
}

/** A connection to the same database whose puts into one table fail, after the others went through. */
function failingConnection(table: string): () => AmpelbogenDb {
  return () => {
    const conn = new AmpelbogenDb(db.name);
    conn.use({
      stack: 'dbcore',
      name: 'fail-midway',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const inner = down.table(name);
          if (name !== table) return inner;
          return {
            ...inner,
            mutate: (req: DBCoreMutateRequest) =>
              req.type === 'put' ? Promise.reject(new Error('disk failed')) : inner.mutate(req),
          };
        },
      }),
    });
    return conn;
  };
}

describe('backup and restore', () => {
  it('restores an export into an empty database as it was (round trip)', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    const backup = await exportNow();
    const before = await dump(db);

    db = freshDatabase();
    expect(await restoreBackup(backup, 'replace')).toEqual({ ok: true });
    const after = await dump(db);
    // The fresh device keeps its own "lastBackupAt" (the file's moment) and the shipped edition.
    expect(after.clubs).toEqual(before.clubs);
    expect(after.assessments).toEqual(before.assessments);
    expect(after.answers).toEqual(before.answers);
    expect(after.measures).toEqual(before.measures);
    expect(after.editions.map((e) => e.key).sort()).toEqual(
      before.editions.map((e) => e.key).sort(),
    );
    expect(after.meta).toContainEqual({ key: 'defaultEdition', value: 'test-edition@1' });
    expect(after.meta).toContainEqual({ key: 'lastBackupAt', value: backup.createdAt });
  });

  it('keeps the spread of a round, device to file to device, in either mode', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    const draftSpread = { 'k-3': { green: 0, yellow: 2, red: 1, na: 0 } };
    await db.assessments.update('a1', { spread: SPREAD });
    await db.assessments.update('a3', { spread: draftSpread });
    const backup = await exportNow();
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.assessments.find((a) => a.id === 'a1')?.spread).toEqual(SPREAD);
    expect(backup.assessments.find((a) => a.id === 'a3')?.spread).toEqual(draftSpread);
    const before = await dump(db);

    for (const mode of ['replace', 'merge'] as const) {
      db = freshDatabase();
      expect(await restoreBackup(backup, mode)).toEqual({ ok: true });
      expect((await db.assessments.get('a1'))?.spread).toEqual(SPREAD);
      expect((await db.assessments.get('a3'))?.spread).toEqual(draftSpread);
      expect((await dump(db)).assessments).toEqual(before.assessments);
    }
  });

  it('round-trips an edition whose criteria carry ideas, with its format version', async () => {
    const withIdeas: Edition = {
      ...edition,
      formatVersion: 2,
      id: 'stadt-ideen',
      areas: edition.areas.map((area) => ({
        ...area,
        criteria: area.criteria.map((c) => ({ ...c, ideas: [`Eine Idee zu ${c.id}.`] })),
      })),
    };
    expect(await addEdition(withIdeas)).toBe('added');
    const backup = await exportNow();
    expect(backup.editions.map((e) => [e.edition.id, e.edition.formatVersion])).toEqual(
      expect.arrayContaining([
        [shippedEdition.id, shippedEdition.formatVersion],
        ['stadt-ideen', 2],
      ]),
    );

    db = freshDatabase();
    expect(await restoreBackup(backup, 'replace')).toEqual({ ok: true });
    expect((await db.editions.get('stadt-ideen@1'))?.edition).toEqual(withIdeas);
    expect(await getDefaultEdition()).toEqual(withIdeas);
  });

  it('restores an old device’s backup made with the first shipped edition on a new device', async () => {
    const first = firstShippedEdition as Edition;
    const ids = first.areas[0]!.criteria.map((c) => c.id);
    const old = {
      ...sampleBackupV1(),
      version: 2 as const,
      answers: [],
      measures: [],
      assessments: [
        assessment('a1', 'c1', {
          editionId: first.id,
          editionVersion: first.version,
          status: 'done',
          finishedAt: '2026-03-01T10:00:00.000Z',
          ratings: { [ids[0]!]: 'green' },
        }),
      ],
      editions: [{ importedAt: '2026-01-01T10:00:00.000Z', edition: first }],
      settings: { defaultEdition: 'ni-ampelbogen@1' },
    };
    // Read as every file is: a version 2 backup with a format 1 edition, kept as written.
    const read = restoreFromUnknown(JSON.parse(JSON.stringify(old)));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.value.editions[0]?.edition).toEqual(first);

    expect(await checkBackupEditions(read.value)).toBeNull();
    expect(await restoreBackup(read.value, 'replace')).toEqual({ ok: true });
    expect((await db.editions.get('ni-ampelbogen@1'))?.edition).toEqual(first);
    // The file chose the first edition, but a higher version of it is here: the current shipped one.
    expect((await getDefaultEdition()).version).toBe(SHIPPED_EDITION.version);
    expect((await loadAssessmentBundle('a1'))?.edition).toEqual(first);
  });

  it('writes a shipped edition that the file’s assessments need and the device never stored', async () => {
    const file = {
      ...sampleBackup(),
      assessments: [assessment('a1', 'c1', { editionId: 'ni-ampelbogen', editionVersion: 1 })],
      answers: [],
      measures: [],
    };
    expect(await db.editions.get('ni-ampelbogen@1')).toBeUndefined();
    expect(await checkBackupEditions(file)).toBeNull();
    expect(await restoreBackup(file, 'merge')).toEqual({ ok: true });
    expect((await db.editions.get('ni-ampelbogen@1'))?.edition).toEqual(firstShippedEdition);
  });

  it('restores a version 1 file: a finished assessment keeps its lights and notes in its row, without rows', async () => {
    const read = restoreFromUnknown(JSON.parse(JSON.stringify(sampleBackupV1())));
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    for (const mode of ['replace', 'merge'] as const) {
      db = freshDatabase();
      expect(await restoreBackup(read.value, mode)).toEqual({ ok: true });
      expect(await db.answers.where('assessmentId').equals('a1').count()).toBe(0);
      expect(await db.answers.count()).toBe(2);
      expect(await db.assessments.get('a1')).toMatchObject({
        ratings: { 'k-1': 'green', 'k-2': 'red' },
        notes: { 'k-2': 'Noch offen' },
      });
      // The screens and the report read the answers as the old file held them.
      const bundle = await loadAssessmentBundle('a1');
      expect(bundle?.answers.map((r) => [r.criterionId, r.rating, r.note])).toEqual([
        ['k-1', 'green', undefined],
        ['k-2', 'red', 'Noch offen'],
      ]);
      expect((await loadProgress('c1'))?.entries.map((e) => e.ratings)).toEqual([
        { 'k-1': 'green', 'k-2': 'red' },
      ]);
    }
    // The export holds the new shape, and reads back as it was.
    const exported = await exportNow();
    expect(exported.version).toBe(BACKUP_VERSION);
    expect(exported.answers.some((r) => r.assessmentId === 'a1')).toBe(false);
    expect(exported.assessments.find((a) => a.id === 'a1')?.notes).toEqual({
      'k-2': 'Noch offen',
    });
  });

  it('merge: a reopened and edited assessment on the device beats the finished one in the file', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    await reopenAssessment('a1', new Date('2026-03-20T10:00:00Z'));
    await saveAnswer(
      { assessmentId: 'a1', criterionId: 'k-2', rating: 'red', note: 'Jetzt erledigt' },
      new Date('2026-03-20T10:05:00Z'),
    );
    expect(await restoreBackup(sampleBackup(), 'merge')).toEqual({ ok: true });
    expect((await db.assessments.get('a1'))?.status).toBe('draft');
    expect((await db.answers.get(['a1', 'k-2']))?.note).toBe('Jetzt erledigt');
    // And the file's finished one wins over an older device draft whole: its rows go.
    db = freshDatabase();
    await restoreBackup(sampleBackup(), 'replace');
    await reopenAssessment('a1', new Date('2026-02-01T10:00:00Z'));
    const file = sampleBackup();
    file.assessments[0] = { ...file.assessments[0]!, updatedAt: '2026-03-21T10:00:00.000Z' };
    expect(await restoreBackup(file, 'merge')).toEqual({ ok: true });
    expect((await db.assessments.get('a1'))?.status).toBe('done');
    expect(await db.answers.where('assessmentId').equals('a1').count()).toBe(0);
  });

  it('replace removes what is not in the file', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    expect(await restoreBackup(sampleBackup(), 'replace')).toEqual({ ok: true });
    expect((await db.clubs.toArray()).map((c) => c.name).sort()).toEqual([
      'Chor Harmonie',
      'Turnverein',
    ]);
  });

  it('merge keeps the newer entry and duplicates nothing', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    const LATER = '2026-03-20T10:00:00.000Z';
    // On the device: c1 renamed later, a2 got a newer answer; c3 only here.
    await db.clubs.put(club('c1', 'Turnverein 1860', LATER));
    await db.answers.put(answer('a2', 'k-2', 'red', LATER));
    await db.clubs.put(club('c3', 'Nur auf dem Gerät'));
    // In the file: c2 renamed later, a3's answer changed later, a new assessment a4.
    const file = sampleBackup();
    file.clubs[1] = club('c2', 'Chor Harmonie 1900', LATER);
    file.answers[file.answers.findIndex((r) => r.assessmentId === 'a3')] = answer(
      'a3',
      'k-3',
      'green',
      LATER,
    );
    file.assessments.push(assessment('a4', 'c2', { date: '2026-03-12' }));
    file.answers.push(answer('a4', 'k-1', 'yellow'));

    expect(await restoreBackup(file, 'merge')).toEqual({ ok: true });
    const names = (await db.clubs.toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['Chor Harmonie 1900', 'Nur auf dem Gerät', 'Turnverein 1860']);
    expect(await db.assessments.count()).toBe(4);
    expect(await db.answers.where('assessmentId').equals('a2').toArray()).toEqual([
      answer('a2', 'k-1', 'yellow'),
      answer('a2', 'k-2', 'red', LATER),
    ]);
    expect(await db.answers.get(['a3', 'k-3'])).toEqual(answer('a3', 'k-3', 'green', LATER));
    expect(await db.measures.count()).toBe(2);

    // The same file again changes nothing.
    const once = await dump(db);
    await restoreBackup(file, 'merge');
    expect(await dump(db)).toEqual(once);
  });

  it('a restore that fails midway leaves the database unchanged', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    const before = await dump(db);
    const file = sampleBackup();
    file.clubs.push(club('c9', 'Neu'));
    for (const mode of ['replace', 'merge'] as const) {
      await expect(
        restoreBackup(file, mode, { connect: failingConnection('answers') }),
      ).rejects.toThrow();
      expect(await dump(db)).toEqual(before);
    }
  });

  it('refuses an edition with the same id and version but other content, writing nothing', async () => {
    await addEdition({ ...edition, title: 'Andere Ausgabe' });
    const before = await dump(db);
    expect(await restoreBackup(sampleBackup(), 'replace')).toEqual({
      ok: false,
      problem: 'edition-conflict',
      key: 'test-edition@1',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses another text under a shipped edition id, even where the app never wrote it', async () => {
    for (const [json, key] of [
      [shippedEdition, SHIPPED_EDITION_KEY],
      [secondShippedEdition, 'ni-ampelbogen@2'],
      [firstShippedEdition, 'ni-ampelbogen@1'],
    ] as const) {
      const file = sampleBackup();
      const forged = structuredClone(json) as Edition;
      forged.title = 'Gefälscht';
      file.editions.push({ importedAt: file.createdAt, edition: forged });
      const before = await dump(db);
      expect(await restoreBackup(file, 'replace')).toEqual({
        ok: false,
        problem: 'edition-conflict',
        key,
      });
      expect(await dump(db)).toEqual(before);
    }
  });

  it('never makes an older version the default, whatever the file chose', async () => {
    const newer = { ...edition, version: 2 };
    await addEdition(newer);
    expect(await restoreBackup(sampleBackup(), 'replace')).toEqual({ ok: true });
    expect(await getDefaultEdition()).toEqual(newer);
  });

  it('refuses assessments whose edition is neither in the file nor on the device', async () => {
    const before = await dump(db);
    const file = { ...sampleBackup(), editions: [] };
    expect(await restoreBackup(file, 'merge')).toEqual({
      ok: false,
      problem: 'edition-missing',
      key: 'test-edition@1',
    });
    expect(await dump(db)).toEqual(before);
    // With the edition on the device, the same file is fine.
    await addEdition(edition);
    expect(await restoreBackup(file, 'merge')).toEqual({ ok: true });
  });

  it('checks the editions before a restore, without writing: conflict, missing, or fine', async () => {
    await addEdition({ ...edition, title: 'Andere Ausgabe' });
    const before = await dump(db);
    expect(await checkBackupEditions(sampleBackup())).toEqual({
      problem: 'edition-conflict',
      key: 'test-edition@1',
    });
    expect(await checkBackupEditions({ ...sampleBackup(), editions: [] })).toBeNull();
    const other = sampleBackup();
    other.assessments[0]!.editionVersion = 7;
    expect(await checkBackupEditions({ ...other, editions: [] })).toEqual({
      problem: 'edition-missing',
      key: 'test-edition@7',
    });
    expect(await dump(db)).toEqual(before);
  });

  it('knows when a backup is due', async () => {
    expect(await readBackupStatus()).toEqual({ lastBackupAt: undefined, due: false });
    await createClub(
      { name: 'TV', category: 'sport', sizeBand: 'bis-20' },
      new Date('2026-03-01T10:00:00Z'),
    );
    expect(await readBackupStatus()).toEqual({ lastBackupAt: undefined, due: true });
    await markBackedUp('2026-03-02T10:00:00.000Z');
    expect(await readBackupStatus()).toEqual({
      lastBackupAt: '2026-03-02T10:00:00.000Z',
      due: false,
    });
    await restoreBackup(sampleBackup(), 'merge');
    // The file's records are older than the last backup: nothing new.
    expect((await readBackupStatus()).due).toBe(false);
    await db.answers.put(answer('a2', 'k-2', 'red', '2026-03-03T10:00:00.000Z'));
    expect((await readBackupStatus()).due).toBe(true);
  });

  it('compares stamps with an offset as instants, through the updatedAt index', async () => {
    await markBackedUp('2026-03-14T09:00:00.000Z');
    // 09:30 in Berlin is 08:30 UTC: before the backup, though its text sorts after.
    await db.clubs.put(club('c1', 'TV', '2026-03-14T09:30:00+01:00'));
    expect((await readBackupStatus()).due).toBe(false);
    // 04:30 in New York is 09:30 UTC: after the backup, though its text sorts before.
    await db.clubs.put(club('c2', 'Chor', '2026-03-14T04:30:00-05:00'));
    expect((await readBackupStatus()).due).toBe(true);
  });

  it('a measure ticked off later counts as a newer entry', async () => {
    await restoreBackup(sampleBackup(), 'replace');
    expect((await readBackupStatus()).due).toBe(false);
    await db.measures.put(
      measure('a3', 'c2', 'k-3', { status: 'done', updatedAt: '2026-04-01T00:00:00.000Z' }),
    );
    expect((await readBackupStatus()).due).toBe(true);
  });
});
