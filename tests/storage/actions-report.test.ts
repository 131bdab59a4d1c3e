import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeReport, type ReportWords } from '../../src/actions/report';
import { createClub } from '../../src/storage/clubs';
import { finishAssessment, startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import { activeWords } from '../../src/locale';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { catchHandovers, serveFonts, withBrokenDatabase } from './actions-helpers';
import { freshDatabase } from './helpers';

const edition = makeEdition({ id: 'report-test', areas: [['a-01', 'a-02']] });
const NOW = new Date('2026-03-20T10:00:00Z');
let db: AmpelbogenDb;
let assessmentId: string;

const words = (): ReportWords => ({
  pdf: activeWords(),
  language: 'de',
  title: (club, date) => `Bericht ${club} ${date}`,
});

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  const clubId = (
    await createClub({ name: 'TV Gravenbruch', category: 'sport', sizeBand: '21-100' })
  ).id;
  assessmentId = (await startAssessment({ clubId, date: '2026-03-14', edition })).id;
  await finishAssessment(assessmentId);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('makeReport', () => {
  it('draws the PDF of an assessment and downloads it under the club’s name and date', async () => {
    const handed = catchHandovers();
    serveFonts();
    const outcome = await makeReport(assessmentId, false, words(), NOW);
    expect(outcome).toEqual({
      ok: true,
      value: { delivery: 'downloaded', fileName: expect.stringMatching(/2026-03-14.*\.pdf$/) },
    });
    expect(handed).toHaveLength(1);
    const [file] = handed;
    expect(file!.name).toBe(outcome.ok && outcome.value.fileName);
    expect(file!.blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await file!.blob.slice(0, 5).arrayBuffer())).toBe('%PDF-');
  }, 20_000);

  it('hands the PDF to the share sheet with the title in the words it was given', async () => {
    const handed = catchHandovers('taken');
    serveFonts();
    const share = vi.spyOn(navigator, 'share');
    const outcome = await makeReport(assessmentId, true, words(), NOW);
    expect(outcome).toMatchObject({ ok: true, value: { delivery: 'shared' } });
    expect(handed.map((h) => h.how)).toEqual(['shared']);
    expect(share.mock.calls[0]![0]).toMatchObject({ title: 'Bericht TV Gravenbruch 2026-03-14' });
  }, 20_000);

  it('says the assessment is gone, and that its edition is', async () => {
    catchHandovers();
    expect(await makeReport('gone', false, words(), NOW)).toEqual({
      ok: false,
      error: { code: 'not-found' },
    });
    await db.editions.delete('report-test@1');
    expect(await makeReport(assessmentId, false, words(), NOW)).toEqual({
      ok: false,
      error: { code: 'edition-missing' },
    });
  });

  it('fails as "make-failed" when the fonts cannot be fetched, and hands nothing over', async () => {
    const handed = catchHandovers();
    vi.stubGlobal('fetch', async () => new Response(null, { status: 404 }));
    expect(await makeReport(assessmentId, false, words(), NOW)).toEqual({
      ok: false,
      error: { code: 'make-failed' },
    });
    expect(handed).toEqual([]);
  });

  it('names a storage problem when the database cannot be read', async () => {
    const outcome = await withBrokenDatabase(() => makeReport(assessmentId, false, words(), NOW));
    expect(outcome).toEqual({
      ok: false,
      error: { code: 'storage', problem: 'closed' },
    });
  });
});
