import { afterEach, describe, expect, it } from 'vitest';
import first from '../../src/domain/editions/ni-ampelbogen-v1.json';
import second from '../../src/domain/editions/ni-ampelbogen-v2.json';
import current from '../../src/domain/editions/ni-ampelbogen-v3.json';
import type { Edition } from '../../src/domain/edition-schema';
import { planMove } from '../../src/domain/edition-move';
import { loadAssessmentBundle } from '../../src/storage/assessment-bundle';
import { moveDraftToEdition } from '../../src/storage/assessments';
import { AmpelbogenDb, setDatabase } from '../../src/storage/db';
import { getDefaultEdition, listEditionItems } from '../../src/storage/editions';
import {
  loadShippedEdition,
  loadShippedEditions,
  SHIPPED_EDITION_KEY,
} from '../../src/storage/shipped-edition';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase, seedAt, uniqueName } from './helpers';

// A new shipped edition on a new device and on a device that has used an
// earlier one (the first, or the previous shipped version): the new one is
// written at open and becomes the default like any new edition; what was made
// with the earlier one stays tied to it.

const stamp = '2026-11-01T18:00:00.000Z';
const firstEdition = first as Edition;
const secondEdition = second as Edition;
const currentEdition = current as Edition;

const row = (edition: Edition) => ({
  key: `${edition.id}@${edition.version}`,
  id: edition.id,
  version: edition.version,
  importedAt: stamp,
  edition,
});

const club = {
  id: 'c1',
  name: 'TV Neu-Isenburg',
  category: 'sport',
  sizeBand: '21-100',
  createdAt: stamp,
  updatedAt: stamp,
};

const assessment = (id: string, status: 'draft' | 'done', editionVersion = 1) => ({
  id,
  clubId: 'c1',
  editionId: 'ni-ampelbogen',
  editionVersion,
  date: '2026-10-01',
  status,
  lastArea: 1,
  createdAt: stamp,
  updatedAt: stamp,
  ...(status === 'done' ? { finishedAt: stamp, ratings: { 'oeffnung-01': 'green' } } : {}),
});

let opened: AmpelbogenDb | undefined;

/**
 * Opens, with today's code, a database that an earlier app wrote: by default
 * the one that shipped the first edition (schema 5); the app that shipped
 * edition 2 wrote schema 6.
 */
async function openOldDevice(
  rows: Record<string, readonly object[]>,
  schema = 5,
): Promise<AmpelbogenDb> {
  const name = uniqueName('earlier-edition');
  await seedAt(name, schema, rows);
  opened = new AmpelbogenDb(name);
  setDatabase(opened);
  await opened.open();
  return opened;
}

afterEach(() => {
  opened?.close();
  opened = undefined;
});

describe('the shipped editions', () => {
  it('are the first, the second and the current JSON, in that order, the current one as the shipped edition', async () => {
    expect(await loadShippedEditions()).toEqual([first, second, current]);
    expect(await loadShippedEdition()).toEqual(current);
  });
});

describe('seeding the current shipped edition', () => {
  it('writes only the current edition on a new device, as the default', async () => {
    const db = freshDatabase();
    await db.open();
    expect((await db.editions.toArray()).map((e) => e.key)).toEqual([SHIPPED_EDITION_KEY]);
    expect(await getDefaultEdition()).toEqual(current);
  });

  it('adds it beside the first one on a device that used the first, and makes it the default', async () => {
    const db = await openOldDevice({
      clubs: [club],
      editions: [row(firstEdition)],
      assessments: [assessment('done-1', 'done'), assessment('draft-1', 'draft')],
      answers: [
        { assessmentId: 'draft-1', criterionId: 'oeffnung-01', rating: 'red', updatedAt: stamp },
      ],
    });
    expect((await db.editions.toArray()).map((e) => e.key).sort()).toEqual([
      'ni-ampelbogen@1',
      SHIPPED_EDITION_KEY,
    ]);
    expect((await db.editions.get('ni-ampelbogen@1'))?.edition).toEqual(first);
    expect(await getDefaultEdition()).toEqual(current);
    const items = await listEditionItems();
    expect(items.map((i) => [i.stored.key, i.assessments, i.isDefault, i.isShipped])).toEqual([
      [SHIPPED_EDITION_KEY, 0, true, true],
      ['ni-ampelbogen@1', 2, false, false],
    ]);

    // What was made with the first edition still reads with it.
    expect((await loadAssessmentBundle('done-1'))?.edition).toEqual(first);
    const draft = await loadAssessmentBundle('draft-1');
    expect(draft?.edition).toEqual(first);

    // The draft can move: the statements are the same, so every answer goes along.
    const plan = planMove(draft?.answers ?? [], firstEdition, currentEdition);
    expect(plan.dropped).toEqual([]);
    await moveDraftToEdition('draft-1', currentEdition);
    const moved = await loadAssessmentBundle('draft-1');
    expect(moved?.edition).toEqual(current);
    expect(moved?.answers.map((a) => [a.criterionId, a.rating])).toEqual([['oeffnung-01', 'red']]);
  });

  it('takes over a default set to the first edition', async () => {
    const db = await openOldDevice({
      editions: [row(firstEdition)],
      meta: [{ key: 'defaultEdition', value: 'ni-ampelbogen@1' }],
    });
    expect(await db.meta.get('defaultEdition')).toEqual({
      key: 'defaultEdition',
      value: SHIPPED_EDITION_KEY,
    });
    expect(await getDefaultEdition()).toEqual(current);
  });

  it('adds it beside the previous shipped version on a device that stored edition 2, and makes it the default', async () => {
    // A device new at edition 2 chose no default; one that had the first
    // edition gave the default to edition 2. Either way the current one takes over.
    for (const meta of [[], [{ key: 'defaultEdition', value: 'ni-ampelbogen@2' }]]) {
      const db = await openOldDevice(
        {
          clubs: [club],
          editions: [row(secondEdition)],
          assessments: [assessment('done-2', 'done', 2), assessment('draft-2', 'draft', 2)],
          answers: [
            {
              assessmentId: 'draft-2',
              criterionId: 'oeffnung-01',
              rating: 'yellow',
              updatedAt: stamp,
            },
          ],
          meta,
        },
        6,
      );
      expect((await db.editions.toArray()).map((e) => e.key).sort()).toEqual([
        'ni-ampelbogen@2',
        SHIPPED_EDITION_KEY,
      ]);
      expect((await db.editions.get('ni-ampelbogen@2'))?.edition).toEqual(second);
      expect((await db.editions.get(SHIPPED_EDITION_KEY))?.edition).toEqual(current);
      if (meta.length > 0)
        expect(await db.meta.get('defaultEdition')).toEqual({
          key: 'defaultEdition',
          value: SHIPPED_EDITION_KEY,
        });
      expect(await getDefaultEdition()).toEqual(current);
      const items = await listEditionItems();
      expect(items.map((i) => [i.stored.key, i.assessments, i.isDefault, i.isShipped])).toEqual([
        [SHIPPED_EDITION_KEY, 0, true, true],
        ['ni-ampelbogen@2', 2, false, false],
      ]);

      // What was made with edition 2 still reads with it.
      expect((await loadAssessmentBundle('done-2'))?.edition).toEqual(second);
      const draft = await loadAssessmentBundle('draft-2');
      expect(draft?.edition).toEqual(second);

      // The draft can move: the statements are the same, so every answer goes along.
      expect(planMove(draft?.answers ?? [], secondEdition, currentEdition).dropped).toEqual([]);
      await moveDraftToEdition('draft-2', currentEdition);
      const moved = await loadAssessmentBundle('draft-2');
      expect(moved?.edition).toEqual(current);
      expect(moved?.answers.map((a) => [a.criterionId, a.rating])).toEqual([
        ['oeffnung-01', 'yellow'],
      ]);
      // The finished assessment keeps edition 2.
      expect((await loadAssessmentBundle('done-2'))?.edition).toEqual(second);
      db.close();
      opened = undefined;
    }
  });

  it('takes over from an imported edition, as an imported new edition would', async () => {
    const other = makeEdition({ id: 'stadt', areas: [['a-01']] });
    await openOldDevice({
      editions: [row(firstEdition), row(other)],
      meta: [{ key: 'defaultEdition', value: 'stadt@1' }],
    });
    expect(await getDefaultEdition()).toEqual(current);
  });

  it('leaves a higher version of the same edition the default', async () => {
    const higher: Edition = { ...firstEdition, version: 5, title: 'Vom Integrationsbüro' };
    await openOldDevice({
      editions: [row(firstEdition), row(higher)],
      meta: [{ key: 'defaultEdition', value: 'ni-ampelbogen@5' }],
    });
    expect(await getDefaultEdition()).toEqual(higher);
    expect((await listEditionItems()).map((i) => i.stored.key)).toEqual([
      'ni-ampelbogen@5',
      SHIPPED_EDITION_KEY,
      'ni-ampelbogen@1',
    ]);
  });

  it('changes nothing on the next open', async () => {
    const db = await openOldDevice({ editions: [row(firstEdition)] });
    const before = await db.editions.toArray();
    db.close({ disableAutoOpen: false });
    await db.open();
    expect(await db.editions.toArray()).toEqual(before);
    expect(await db.meta.get('defaultEdition')).toBeUndefined();
  });
});
