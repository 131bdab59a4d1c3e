import { beforeEach, describe, expect, it } from 'vitest';
import { createClub, deleteClub } from '../../src/storage/clubs';
import { finishAssessment, saveAnswer, startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import { saveMeasure } from '../../src/storage/measures';
import { loadReportData } from '../../src/storage/report';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase } from './helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02'], ['b-01']] });
let db: AmpelbogenDb;
let clubId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  clubId = (
    await createClub({ name: 'Çağlar & Анна e. V.', category: 'kultur', sizeBand: 'bis-20' })
  ).id;
});

/** A finished assessment on a date with one light for a-01 and a next step. */
async function finished(date: string, rating: 'green' | 'red', note?: string) {
  const a = await startAssessment({ clubId, date, edition });
  await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating, ...(note ? { note } : {}) });
  await saveMeasure({
    assessmentId: a.id,
    criterionId: 'a-01',
    text: `Schritt vom ${date}`,
    who: 'Ayşe',
    due: '',
  });
  await finishAssessment(a.id);
  return a.id;
}

describe('loadReportData', () => {
  it('reads the assessment with its club, edition, answers, the club’s measures and finished history', async () => {
    const older = await finished('2026-01-10', 'red');
    const newer = await finished('2026-03-14', 'green', 'Größer denken');
    const draft = (await startAssessment({ clubId, date: '2026-04-01', edition })).id;

    const result = await loadReportData(newer);
    if (!result.ok) throw new Error(result.reason);
    const { data } = result;
    expect(data.club.name).toBe('Çağlar & Анна e. V.');
    expect(data.assessment.id).toBe(newer);
    expect(data.edition).toEqual(edition);
    expect(data.answers).toEqual([
      expect.objectContaining({ criterionId: 'a-01', rating: 'green', note: 'Größer denken' }),
    ]);
    expect(data.measures.map((m) => m.text).sort()).toEqual([
      'Schritt vom 2026-01-10',
      'Schritt vom 2026-03-14',
    ]);
    // Only finished assessments make the progress; each with its snapshot of lights.
    expect(data.history.map((h) => [h.assessment.id, h.ratings])).toEqual(
      expect.arrayContaining([
        [older, { 'a-01': 'red' }],
        [newer, { 'a-01': 'green' }],
      ]),
    );
    expect(data.history.map((h) => h.assessment.id)).not.toContain(draft);
  });

  it('reports a draft too, with the finished assessments as its history', async () => {
    const older = await finished('2026-01-10', 'red');
    const draft = (await startAssessment({ clubId, date: '2026-04-01', edition })).id;
    const result = await loadReportData(draft);
    expect(result.ok && result.data.history.map((h) => h.assessment.id)).toEqual([older]);
  });

  it('says when the assessment is gone or its edition is missing', async () => {
    const id = await finished('2026-01-10', 'red');
    await db.editions.clear();
    expect(await loadReportData(id)).toEqual({ ok: false, reason: 'edition-missing' });
    await deleteClub(clubId);
    expect(await loadReportData(id)).toEqual({ ok: false, reason: 'not-found' });
    expect(await loadReportData('nope')).toEqual({ ok: false, reason: 'not-found' });
  });
});
