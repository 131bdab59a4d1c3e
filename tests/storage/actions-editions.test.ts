import { beforeEach, describe, expect, it } from 'vitest';
import {
  checkEditionFile,
  deleteEdition,
  importEdition,
  listEditionItems,
} from '../../src/actions/editions';
import type { AmpelbogenDb } from '../../src/storage/db';
import { createClub } from '../../src/storage/clubs';
import { startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import { SHIPPED_EDITION_KEY } from '../../src/storage/shipped-edition';
import { makeEdition } from '../fixtures/editions';
import { withBrokenDatabase } from './actions-helpers';
import { browserError, dump, freshDatabase, injectWriteFailures } from './helpers';

let db: AmpelbogenDb;

const fileOf = (content: unknown) =>
  new Blob([typeof content === 'string' ? content : JSON.stringify(content)], {
    type: 'application/json',
  });

beforeEach(async () => {
  db = freshDatabase();
  await db.open();
});

describe('checkEditionFile', () => {
  it('offers a valid new edition with what it changes against the one it replaces, writing nothing', async () => {
    const v1 = makeEdition({ id: 'stadt', version: 1, areas: [['s-01']] });
    await addEdition(v1);
    const before = await dump(db);
    const v2 = makeEdition({ id: 'stadt', version: 2, areas: [['s-01', 's-02']] });
    const outcome = await checkEditionFile(fileOf(v2));
    expect(outcome).toMatchObject({
      ok: true,
      value: { kind: 'candidate', candidate: { edition: v2, older: false } },
    });
    if (!outcome.ok || outcome.value.kind !== 'candidate') return;
    expect(outcome.value.candidate.diff?.criteriaAdded.map((c) => c.id)).toEqual(['s-02']);
    expect(await dump(db)).toEqual(before);
  });

  it('says an older version is older, and that the same edition is there already', async () => {
    const v2 = makeEdition({ id: 'stadt', version: 2, areas: [['s-01']] });
    await addEdition(v2);
    const v1 = makeEdition({ id: 'stadt', version: 1, areas: [['s-01']] });
    expect(await checkEditionFile(fileOf(v1))).toMatchObject({
      ok: true,
      value: { kind: 'candidate', candidate: { older: true } },
    });
    expect(await checkEditionFile(fileOf(v2))).toEqual({
      ok: true,
      value: { kind: 'already-there' },
    });
  });

  it('refuses a broken file with the file problem, and other content under the same version as a conflict', async () => {
    expect(await checkEditionFile(fileOf('[1, 2'))).toEqual({
      ok: false,
      error: {
        code: 'refused',
        refusal: expect.objectContaining({
          format: 'ampelbogen-edition',
          problem: { code: 'not-json' },
        }),
      },
    });
    const mine = makeEdition({ id: 'stadt', areas: [['s-01']] });
    await addEdition(mine);
    expect(await checkEditionFile(fileOf({ ...mine, title: 'Anders' }))).toEqual({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('returns the storage problem when the device’s editions cannot be read', async () => {
    const file = fileOf(makeEdition({ id: 'stadt', areas: [['s-01']] }));
    expect(await withBrokenDatabase(() => checkEditionFile(file))).toEqual({
      ok: false,
      error: { code: 'storage', problem: 'closed' },
    });
  });
});

describe('importEdition', () => {
  it('takes a checked edition as the default, and the same one again as "already there"', async () => {
    const e = makeEdition({ id: 'stadt', areas: [['s-01']] });
    expect(await importEdition(e)).toEqual({ ok: true, value: 'added' });
    expect(await importEdition(structuredClone(e))).toEqual({ ok: true, value: 'already-there' });
    const items = await listEditionItems();
    expect(items.find((i) => i.isDefault)?.stored.key).toBe('stadt@1');
  });

  it('refuses other content under the same id and version', async () => {
    const e = makeEdition({ id: 'stadt', areas: [['s-01']] });
    await importEdition(e);
    expect(await importEdition({ ...e, title: 'Anders' })).toEqual({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('returns the storage problem of a full disk, and stores nothing', async () => {
    const full = freshDatabase();
    const faults = injectWriteFailures(full);
    await full.open();
    faults.fail(() => browserError('QuotaExceededError'));
    expect(await importEdition(makeEdition({ id: 'stadt', areas: [['s-01']] }))).toEqual({
      ok: false,
      error: { code: 'storage', problem: 'quota' },
    });
    expect(await full.editions.get('stadt@1')).toBeUndefined();
  });
});

describe('deleteEdition', () => {
  it('deletes an edition nobody uses', async () => {
    await addEdition(makeEdition({ id: 'stadt', areas: [['s-01']] }));
    expect(await deleteEdition('stadt@1')).toEqual({ ok: true, value: undefined });
    expect(await db.editions.get('stadt@1')).toBeUndefined();
  });

  it('keeps one in use, the shipped one, and says when it is gone already', async () => {
    const used = makeEdition({ id: 'stadt', areas: [['s-01']] });
    await addEdition(used);
    const club = await createClub({ name: 'TV', category: 'sport', sizeBand: 'bis-20' });
    await startAssessment({ clubId: club.id, date: '2026-03-14', edition: used });
    expect(await deleteEdition('stadt@1')).toEqual({ ok: false, error: { code: 'in-use' } });
    expect(await deleteEdition(SHIPPED_EDITION_KEY)).toEqual({
      ok: false,
      error: { code: 'shipped' },
    });
    expect(await deleteEdition('gibt-es-nicht@1')).toEqual({
      ok: false,
      error: { code: 'missing' },
    });
  });

  it('returns the storage problem when the database cannot be opened', async () => {
    expect(await withBrokenDatabase(() => deleteEdition('stadt@1'))).toEqual({
      ok: false,
      error: { code: 'storage', problem: 'closed' },
    });
  });
});
