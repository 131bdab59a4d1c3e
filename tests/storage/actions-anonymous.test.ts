import { afterEach, describe, expect, it, vi } from 'vitest';
import { prepareAnonymousFile, saveAnonymousFile } from '../../src/actions/anonymous';
import type { AnonymousSource } from '../../src/domain/anonymous';
import { validateAnonymousFile } from '../../src/files/anonymous-file';
import { makeEdition } from '../fixtures/editions';
import { catchHandovers } from './actions-helpers';

const edition = makeEdition({ id: 'anon-test', areas: [['a-01', 'a-02', 'a-03']] });
const STAMP = '2026-03-14T18:00:00.000Z';
const FILE_ID = '00000000-0000-4000-8000-00000000abcd';

const source: AnonymousSource = {
  club: {
    id: 'club-1',
    name: 'Geheimer Verein',
    category: 'kultur',
    sizeBand: 'bis-20',
    createdAt: STAMP,
    updatedAt: STAMP,
  },
  assessment: {
    id: 'a-1',
    clubId: 'club-1',
    editionId: edition.id,
    editionVersion: edition.version,
    date: '2026-02-15',
    status: 'done',
    lastArea: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
    finishedAt: STAMP,
    ratings: { 'a-01': 'green', 'a-02': 'red' },
  },
  edition,
  answers: [],
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('prepareAnonymousFile', () => {
  it('makes the file the preview shows: its text, a name without the club, whether it can be shared', () => {
    catchHandovers();
    const prepared = prepareAnonymousFile(source, FILE_ID);
    expect(prepared.file).toMatchObject({
      fileId: FILE_ID,
      period: '2026-Q1',
      club: { category: 'kultur', sizeBand: 'bis-20' },
      ratings: { 'a-01': 'green', 'a-02': 'red' },
    });
    expect(JSON.parse(prepared.text)).toEqual(prepared.file);
    expect(validateAnonymousFile(JSON.parse(prepared.text)).ok).toBe(true);
    expect(prepared.text).not.toContain('Geheimer Verein');
    expect(prepared.name).toBe('ampelbogen-anonym-2026-Q1-00000000.json');
    expect(prepared.shareable).toBe(false);
  });
});

describe('saveAnonymousFile', () => {
  it('downloads exactly the text of the preview', async () => {
    const handed = catchHandovers();
    const prepared = prepareAnonymousFile(source, FILE_ID);
    expect(await saveAnonymousFile(prepared, false, 'Titel')).toEqual({
      ok: true,
      value: 'downloaded',
    });
    expect(handed).toHaveLength(1);
    expect(handed[0]!.name).toBe(prepared.name);
    expect(await handed[0]!.blob.text()).toBe(prepared.text);
  });

  it('shares where the browser can, and a closed share sheet is no failure', async () => {
    const handed = catchHandovers('taken');
    const prepared = prepareAnonymousFile(source, FILE_ID);
    expect(prepared.shareable).toBe(true);
    expect(await saveAnonymousFile(prepared, true, 'Titel')).toEqual({
      ok: true,
      value: 'shared',
    });
    expect(handed.map((h) => h.how)).toEqual(['shared']);
    catchHandovers('cancelled');
    expect(await saveAnonymousFile(prepared, true, 'Titel')).toEqual({
      ok: true,
      value: 'cancelled',
    });
  });

  it('fails as "deliver-failed" when the browser refuses the download', async () => {
    catchHandovers();
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new TypeError('not allowed');
    });
    const prepared = prepareAnonymousFile(source, FILE_ID);
    expect(await saveAnonymousFile(prepared, false, 'Titel')).toEqual({
      ok: false,
      error: 'deliver-failed',
    });
  });
});
