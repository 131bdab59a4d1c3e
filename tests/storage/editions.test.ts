import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEdition,
  ensureShippedEdition,
  getDefaultEdition,
  getEdition,
  listEditionItems,
} from '../../src/storage/editions';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { dump, freshDatabase } from './helpers';

let db: AmpelbogenDb;

beforeEach(() => {
  db = freshDatabase();
});

describe('editions in storage', () => {
  it('writes the shipped edition once and uses it by default', async () => {
    await ensureShippedEdition();
    await ensureShippedEdition();
    expect(await db.editions.count()).toBe(1);
    expect((await getDefaultEdition()).id).toBe('ni-ampelbogen');
  });

  it('makes an imported edition the default for new assessments', async () => {
    const imported = makeEdition({ id: 'stadt', version: 2, areas: [['a-01']] });
    expect(await addEdition(imported)).toBe('added');
    expect(await getDefaultEdition()).toEqual(imported);
    expect(await getEdition('stadt', 2)).toEqual(imported);
  });

  it('takes the same edition twice as a no-op', async () => {
    const e = makeEdition({ id: 'stadt', areas: [['a-01']] });
    await addEdition(e);
    expect(await addEdition(structuredClone(e))).toBe('already-there');
  });

  it('refuses the same id and version with other content, and writes nothing', async () => {
    await addEdition(makeEdition({ id: 'stadt', areas: [['a-01']] }));
    const before = await dump(db);
    expect(await addEdition(makeEdition({ id: 'stadt', areas: [['a-01', 'a-02']] }))).toBe(
      'conflict',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('keeps a lower version as an older edition, never as the default', async () => {
    await addEdition(makeEdition({ id: 'stadt', version: 3, areas: [['a-01']] }));
    await addEdition(makeEdition({ id: 'stadt', version: 2, areas: [['a-01']] }));
    expect((await getDefaultEdition()).version).toBe(3);
    const items = await listEditionItems();
    expect(items.map((i) => [i.stored.key, i.isDefault])).toEqual([
      ['ni-ampelbogen@1', false],
      ['stadt@3', true],
      ['stadt@2', false],
    ]);
  });
});
