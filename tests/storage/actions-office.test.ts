import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countOutcomes,
  deleteAllOfficeFiles,
  deleteOfficeFile,
  exportOfficeCsv,
  importAnonymousFiles,
  makeOfficeSummary,
  readOfficeView,
} from '../../src/actions/office';
import { NO_FILTER, summarise } from '../../src/domain/aggregation';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import { storeOfficeFiles } from '../../src/storage/office-files';
import { activeWords, tf } from '../../src/locale';
import { makeEdition } from '../fixtures/editions';
import { makeFile } from '../fixtures/anonymous-files';
import { catchHandovers, serveFonts } from './actions-helpers';
import { browserError, freshDatabase, injectWriteFailures } from './helpers';
import type { AmpelbogenDb } from '../../src/storage/db';
import { addEdition } from '../../src/storage/editions';

const edition = makeEdition({ id: 'office-test', areas: [['o-01', 'o-02']] });
const EDITION = { id: edition.id, version: edition.version };
let office: OfficeDb;

const json = (name: string, content: unknown) =>
  new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });

const green = (n: number) =>
  Array.from({ length: n }, () => makeFile({ edition: EDITION, ratings: { 'o-01': 'green' } }));

beforeEach(async () => {
  freshDatabase();
  await addEdition(edition);
  office = new OfficeDb(`office-use-case-${Math.random().toString(36).slice(2)}`);
  setOfficeDatabase(office);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('importAnonymousFiles', () => {
  it('stores the valid new files of a batch and reports on each in order, with a code for a refused one', async () => {
    const [a, b] = green(2);
    await storeOfficeFiles([a!]);
    const forged = makeFile({ edition: EDITION, ratings: { 'o-01': 'red', 'x-99': 'red' } });
    const outcome = await importAnonymousFiles([
      json('a.json', a),
      json('b.json', b),
      json('b-again.json', b),
      json('kaputt.json', '{ nope'),
      json('forged.json', forged),
    ]);
    expect(outcome.ok).toBe(true);
    const reports = outcome.ok ? outcome.value : [];
    expect(reports.map((r) => [r.name, r.outcome])).toEqual([
      ['a.json', 'already'],
      ['b.json', 'added'],
      ['b-again.json', 'already'],
      ['kaputt.json', 'rejected'],
      ['forged.json', 'rejected'],
    ]);
    expect(reports[3]).toMatchObject({
      refusal: { format: 'ampelbogen-anonym', problem: { code: 'not-json' } },
    });
    expect(reports[4]).toMatchObject({
      refusal: { problem: { code: 'unknown-criteria', ids: ['x-99'] } },
    });
    expect(countOutcomes(reports)).toEqual({ added: 1, already: 2, rejected: 2 });
    expect((await office.files.toArray()).map((r) => r.fileId).sort()).toEqual(
      [a!.fileId, b!.fileId].sort(),
    );
  });

  it('returns the storage problem when the batch cannot be written, and stores nothing', async () => {
    const full = new OfficeDb(`office-full-${Math.random().toString(36).slice(2)}`);
    injectWriteFailures(full as unknown as AmpelbogenDb).fail(() =>
      browserError('QuotaExceededError'),
    );
    setOfficeDatabase(full);
    const outcome = await importAnonymousFiles(green(2).map((f, i) => json(`${i}.json`, f)));
    expect(outcome).toEqual({ ok: false, error: 'quota' });
    expect(await full.files.count()).toBe(0);
  });
});

describe('readOfficeView', () => {
  it('reads the files, newest import first, counted against the editions on the device', async () => {
    const [old, recent] = green(2);
    await storeOfficeFiles([old!], new Date('2026-01-01T00:00:00Z'));
    await storeOfficeFiles([recent!], new Date('2026-02-01T00:00:00Z'));
    const view = await readOfficeView();
    expect(view.files.map((f) => f.fileId)).toEqual([recent!.fileId, old!.fileId]);
    expect(view.data.total).toBe(2);
    expect(view.data.catalogue.areas.some((a) => a.title === edition.areas[0]!.title)).toBe(true);
    expect(view.shipped.id).toBe('ni-ampelbogen');
  });

  it('names the areas in the words it is given, the counting unchanged', async () => {
    await storeOfficeFiles(green(3));
    const first = edition.areas[0]!;
    const view = await readOfficeView((e) => ({
      ...e,
      areas: e.areas.map((a) => ({ ...a, title: `[${a.title}]` })),
    }));
    const area = view.data.catalogue.areas.find((a) => a.id === first.id)!;
    expect(area.title).toBe(`[${first.title}]`);
    expect(view.data.total).toBe(3);
    expect(summarise(view.data, NO_FILTER).files).toBe(3);
  });
});

describe('exports', () => {
  const selection = async () => {
    await storeOfficeFiles(green(3));
    const { data } = await readOfficeView();
    return { data, summary: summarise(data, NO_FILTER), filter: NO_FILTER };
  };

  it('downloads the selection as CSV under a name that tells only the period', async () => {
    const handed = catchHandovers();
    const outcome = await exportOfficeCsv(await selection(), tf().office);
    expect(outcome).toEqual({ ok: true, value: 'ampelbogen-auswertung-2026-Q1-bis-2026-Q1.csv' });
    expect(handed[0]!.name).toBe('ampelbogen-auswertung-2026-Q1-bis-2026-Q1.csv');
    expect(await handed[0]!.blob.text()).toContain('o-01');
  });

  it('fails as "deliver-failed" where the browser refuses the download', async () => {
    catchHandovers();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new TypeError('not allowed');
    });
    expect(await exportOfficeCsv(await selection(), tf().office)).toEqual({
      ok: false,
      error: 'deliver-failed',
    });
  });

  it('downloads the short report as PDF, or fails as "make-failed" without its fonts', async () => {
    const handed = catchHandovers();
    serveFonts();
    const chosen = await selection();
    expect(await makeOfficeSummary(chosen, activeWords())).toEqual({
      ok: true,
      value: 'ampelbogen-auswertung-2026-Q1-bis-2026-Q1.pdf',
    });
    expect(handed[0]!.blob.type).toBe('application/pdf');
    vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
    expect(await makeOfficeSummary(chosen, activeWords())).toEqual({
      ok: false,
      error: 'make-failed',
    });
    expect(handed).toHaveLength(1);
  }, 20_000);
});

describe('deleting files', () => {
  it('deletes one file or all of them', async () => {
    const [a, b, c] = green(3);
    await storeOfficeFiles([a!, b!, c!]);
    expect(await deleteOfficeFile(a!.fileId)).toEqual({ ok: true, value: undefined });
    expect(await office.files.count()).toBe(2);
    expect(await deleteAllOfficeFiles()).toEqual({ ok: true, value: undefined });
    expect(await office.files.count()).toBe(0);
  });

  it('returns the storage problem when the disk refuses the delete', async () => {
    const full = new OfficeDb(`office-full-${Math.random().toString(36).slice(2)}`);
    const faults = injectWriteFailures(full as unknown as AmpelbogenDb);
    setOfficeDatabase(full);
    const [a] = green(1);
    await storeOfficeFiles([a!]);
    faults.fail(() => browserError('QuotaExceededError'));
    expect(await deleteOfficeFile(a!.fileId)).toEqual({ ok: false, error: 'quota' });
    expect(await deleteAllOfficeFiles()).toEqual({ ok: false, error: 'quota' });
    expect(await full.files.count()).toBe(1);
  });
});
