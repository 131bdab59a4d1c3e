import { beforeEach, describe, expect, it } from 'vitest';
import { createClub } from '../../src/storage/clubs';
import {
  finishAssessment,
  listAssessmentItems,
  reopenAssessment,
  saveAnswer,
  startAssessment,
} from '../../src/storage/assessments';
import { loadAssessmentBundle } from '../../src/storage/assessment-bundle';
import { addEdition } from '../../src/storage/editions';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { dump, freshDatabase, readAnswers } from './helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02'], ['b-01']] });
let db: AmpelbogenDb;
let clubId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
});

describe('assessments in storage', () => {
  it('starts a draft tied to its edition', async () => {
    const a = await startAssessment({ clubId, date: '2026-11-21', edition });
    expect(a).toMatchObject({
      clubId,
      status: 'draft',
      editionId: 'test-edition',
      editionVersion: 1,
      lastArea: 0,
    });
    expect(await db.assessments.get(a.id)).toEqual(a);
  });

  it('refuses a date that is not a date, and stores nothing', async () => {
    const before = await dump(db);
    await expect(startAssessment({ clubId, date: '2026-02-30', edition })).rejects.toThrow(
      'invalid date',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('refuses an assessment for a club that does not exist', async () => {
    await expect(startAssessment({ clubId: 'gone', date: '2026-11-21', edition })).rejects.toThrow(
      'club missing',
    );
    expect(await db.assessments.count()).toBe(0);
  });

  it('saves each answer as its own row and overwrites it on the next save', async () => {
    const a = await startAssessment({ clubId, date: '2026-11-21', edition });
    await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'yellow' });
    await saveAnswer({
      assessmentId: a.id,
      criterionId: 'a-01',
      rating: 'green',
      note: 'Flyer gedruckt',
    });
    await saveAnswer({ assessmentId: a.id, criterionId: 'b-01', note: 'Tandem anfragen' });
    const answers = await readAnswers(a.id);
    expect(answers.map(({ criterionId, rating, note }) => ({ criterionId, rating, note }))).toEqual(
      [
        { criterionId: 'a-01', rating: 'green', note: 'Flyer gedruckt' },
        { criterionId: 'b-01', rating: undefined, note: 'Tandem anfragen' },
      ],
    );
  });

  it('refuses an answer for an assessment that is gone', async () => {
    await expect(
      saveAnswer({ assessmentId: 'gone', criterionId: 'a-01', rating: 'red' }),
    ).rejects.toThrow();
    expect(await db.answers.count()).toBe(0);
  });

  it('starts from the last assessment’s lights, without notes or next steps', async () => {
    const first = await startAssessment({ clubId, date: '2026-01-01', edition });
    await saveAnswer({
      assessmentId: first.id,
      criterionId: 'a-01',
      rating: 'red',
      note: 'nur damals',
    });
    await saveAnswer({ assessmentId: first.id, criterionId: 'b-01', rating: 'na' });
    await finishAssessment(first.id);
    const second = await startAssessment({
      clubId,
      date: '2026-04-01',
      edition,
      fromAssessmentId: first.id,
    });
    const carried = await readAnswers(second.id);
    expect(carried.map((a) => [a.criterionId, a.rating, a.note])).toEqual([
      ['a-01', 'red', undefined],
      ['b-01', 'na', undefined],
    ]);
  });

  it('finishes an assessment with its answers in its row, and reopens it into rows', async () => {
    const a = await startAssessment({ clubId, date: '2026-01-01', edition });
    await saveAnswer(
      { assessmentId: a.id, criterionId: 'a-02', rating: 'yellow', note: 'x' },
      new Date('2026-01-01T19:00:00Z'),
    );
    await saveAnswer({ assessmentId: a.id, criterionId: 'b-01', note: 'nur Notiz' });
    await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', note: '' });
    await finishAssessment(a.id, new Date('2026-01-01T20:00:00Z'));
    expect(await db.assessments.get(a.id)).toMatchObject({
      status: 'done',
      finishedAt: '2026-01-01T20:00:00.000Z',
      ratings: { 'a-02': 'yellow' },
      notes: { 'a-02': 'x', 'b-01': 'nur Notiz' },
    });
    // The rows are gone; the read path gives the answers from the row.
    expect(await db.answers.where('assessmentId').equals(a.id).count()).toBe(0);
    const finished = [
      {
        assessmentId: a.id,
        criterionId: 'a-02',
        rating: 'yellow',
        note: 'x',
        updatedAt: '2026-01-01T20:00:00.000Z',
      },
      {
        assessmentId: a.id,
        criterionId: 'b-01',
        note: 'nur Notiz',
        updatedAt: '2026-01-01T20:00:00.000Z',
      },
    ];
    expect(await readAnswers(a.id)).toEqual(finished);
    expect((await loadAssessmentBundle(a.id))?.answers).toEqual(finished);
    expect((await listAssessmentItems(clubId)).map((i) => i.answered)).toEqual([1]);
    // A finished assessment does not change under its snapshot.
    await expect(
      saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'red' }),
    ).rejects.toThrow('assessment finished');
    // Finishing twice changes nothing.
    await finishAssessment(a.id, new Date('2026-01-02T20:00:00Z'));
    expect((await db.assessments.get(a.id))?.finishedAt).toBe('2026-01-01T20:00:00.000Z');
    await reopenAssessment(a.id, new Date('2026-01-03T10:00:00Z'));
    const reopened = await db.assessments.get(a.id);
    expect(reopened?.status).toBe('draft');
    expect(reopened?.updatedAt).toBe('2026-01-03T10:00:00.000Z');
    expect(reopened).not.toHaveProperty('finishedAt');
    expect(reopened).not.toHaveProperty('ratings');
    expect(reopened).not.toHaveProperty('notes');
    // The rows come back, stamped with the time it was finished.
    expect(await db.answers.where('assessmentId').equals(a.id).toArray()).toEqual(finished);
    // Then a note can be edited again, and finishing folds the new one.
    await saveAnswer({ assessmentId: a.id, criterionId: 'b-01', note: 'geändert' });
    await finishAssessment(a.id, new Date('2026-01-04T20:00:00Z'));
    expect((await db.assessments.get(a.id))?.notes).toEqual({ 'a-02': 'x', 'b-01': 'geändert' });
  });

  it('lists a club’s assessments newest first with how much is answered', async () => {
    await addEdition(edition);
    const old = await startAssessment({ clubId, date: '2026-01-01', edition });
    const recent = await startAssessment({ clubId, date: '2026-03-01', edition });
    await saveAnswer({ assessmentId: old.id, criterionId: 'a-01', rating: 'green' });
    await saveAnswer({ assessmentId: old.id, criterionId: 'b-01', rating: 'na' });
    const items = await listAssessmentItems(clubId);
    expect(items.map((i) => [i.assessment.id, i.answered, i.total])).toEqual([
      [recent.id, 0, 3],
      [old.id, 2, 3],
    ]);
  });

  it('loads everything a screen needs in one bundle', async () => {
    await addEdition(edition);
    const a = await startAssessment({ clubId, date: '2026-01-01', edition });
    await saveAnswer({ assessmentId: a.id, criterionId: 'a-02', rating: 'yellow' });
    const bundle = await loadAssessmentBundle(a.id);
    expect(bundle?.club.id).toBe(clubId);
    expect(bundle?.edition?.id).toBe('test-edition');
    expect(bundle?.answers).toHaveLength(1);
    expect(await loadAssessmentBundle('missing')).toBeNull();
  });

  describe('two tabs on one statement', () => {
    const key = (id: string): [string, string] => [id, 'a-01'];

    it('keeps a note saved in one tab when another tab, showing no note, taps a light', async () => {
      const a = await startAssessment({ clubId, date: '2026-11-21', edition });
      // Tab A saves a note; tab B, loaded before, taps a light on the same statement.
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', note: 'Flyer fehlt' });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'green' });
      expect(await db.answers.get(key(a.id))).toMatchObject({
        rating: 'green',
        note: 'Flyer fehlt',
      });
    });

    it('keeps a light saved in one tab when another tab, showing an older light, types a note', async () => {
      const a = await startAssessment({ clubId, date: '2026-11-21', edition });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'yellow' });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'red' });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', note: 'Noch offen' });
      expect(await db.answers.get(key(a.id))).toMatchObject({ rating: 'red', note: 'Noch offen' });
    });

    it('clears a light with null and a note with an empty text, and nothing else', async () => {
      const a = await startAssessment({ clubId, date: '2026-11-21', edition });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: 'red', note: 'x' });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', rating: null });
      expect(await db.answers.get(key(a.id))).not.toHaveProperty('rating');
      expect(await db.answers.get(key(a.id))).toMatchObject({ note: 'x' });
      await saveAnswer({ assessmentId: a.id, criterionId: 'a-01', note: '' });
      expect(await db.answers.get(key(a.id))).not.toHaveProperty('note');
    });
  });
});
