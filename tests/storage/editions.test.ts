import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEdition, getDefaultEdition, listEditionItems } from '../../src/storage/editions';
import { AmpelbogenDb, setDatabase } from '../../src/storage/db';
import { listClubItems } from '../../src/storage/clubs';
import { observe } from '../../src/storage/observe';
import {
  loadShippedEdition,
  SHIPPED_EDITION,
  SHIPPED_EDITION_KEY,
} from '../../src/storage/shipped-edition';
import { makeEdition } from '../fixtures/editions';
import { browserError, dump, freshDatabase, injectWriteFailures } from './helpers';

let db: AmpelbogenDb;

beforeEach(() => {
  db = freshDatabase();
});

describe('editions in storage', () => {
  it('writes the shipped edition when the database opens, once, and uses it by default', async () => {
    // A new device gets the current edition only; the first one is not written.
    expect(await db.editions.toArray()).toMatchObject([{ key: SHIPPED_EDITION_KEY }]);
    expect(await db.meta.get('defaultEdition')).toBeUndefined();
    const [stored] = await db.editions.toArray();
    db.close({ disableAutoOpen: false });
    await db.open();
    expect(await db.editions.toArray()).toEqual([stored]);
    expect((await getDefaultEdition()).id).toBe('ni-ampelbogen');
  });

  it('opens and reads on a full disk, and writes the shipped edition on the next open', async () => {
    const full = new AmpelbogenDb(`full-${Math.random().toString(36).slice(2)}`);
    setDatabase(full);
    const faults = injectWriteFailures(full);
    faults.fail(() => browserError('QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await listClubItems()).toEqual([]);
    expect((await getDefaultEdition()).id).toBe('ni-ampelbogen');
    expect(await full.editions.count()).toBe(0);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();

    faults.heal();
    full.close({ disableAutoOpen: false });
    await full.open();
    expect(await full.editions.toArray()).toMatchObject([{ key: SHIPPED_EDITION_KEY }]);
    full.close();
  });

  it('makes an imported edition the default for new assessments', async () => {
    const imported = makeEdition({ id: 'stadt', version: 2, areas: [['a-01']] });
    expect(await addEdition(imported)).toBe('added');
    expect(await getDefaultEdition()).toEqual(imported);
    expect((await db.editions.get('stadt@2'))?.edition).toEqual(imported);
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
      [SHIPPED_EDITION_KEY, false],
      ['stadt@3', true],
      ['stadt@2', false],
    ]);
  });
});

describe('the shipped edition', () => {
  it('is the one the JSON holds, by id and version', async () => {
    const json = await loadShippedEdition();
    expect({ id: json.id, version: json.version }).toEqual(SHIPPED_EDITION);
    expect(SHIPPED_EDITION_KEY).toBe(`${json.id}@${json.version}`);
  });

  it('is written when a live query is the first to open the database', async () => {
    const seen: number[] = [];
    const stop = observe(
      listEditionItems,
      (items) => seen.push(items.length),
      () => seen.push(-1),
    );
    await expect.poll(() => seen).toEqual([1]);
    stop();
    expect(await db.editions.count()).toBe(1);
  });
});
