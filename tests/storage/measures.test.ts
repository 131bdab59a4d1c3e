import { beforeEach, describe, expect, it } from 'vitest';
import { createClub, deleteClub } from '../../src/storage/clubs';
import { finishAssessment, startAssessment } from '../../src/storage/assessments';
import { listMeasuresOfClub, saveMeasure, setMeasureDone } from '../../src/storage/measures';
import type { AmpelbogenDb } from '../../src/storage/db';
import { addEdition } from '../../src/storage/editions';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase } from './helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02']] });
let db: AmpelbogenDb;
let clubId: string;
let assessmentId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  assessmentId = (await startAssessment({ clubId, date: '2026-01-10', edition })).id;
});

const step = (text: string, who = '', due = '') => ({
  assessmentId,
  criterionId: 'a-01',
  text,
  who,
  due,
});

describe('measures in storage', () => {
  it('turns a next step into an open measure of the club, with who and due date', async () => {
    await saveMeasure(
      step(' Flyer auf Türkisch ', 'Ayşe', '2026-03-01'),
      new Date('2026-01-10T19:00:00Z'),
    );
    expect(await listMeasuresOfClub(clubId)).toEqual([
      {
        id: `${assessmentId}/a-01`,
        clubId,
        assessmentId,
        criterionId: 'a-01',
        text: 'Flyer auf Türkisch',
        who: 'Ayşe',
        due: '2026-03-01',
        status: 'open',
        createdAt: '2026-01-10T19:00:00.000Z',
        updatedAt: '2026-01-10T19:00:00.000Z',
      },
    ]);
  });

  it('updates the same measure as the text is edited, and removes it when emptied', async () => {
    await saveMeasure(step('Fly'));
    await saveMeasure(step('Flyer'));
    expect((await listMeasuresOfClub(clubId)).map((m) => m.text)).toEqual(['Flyer']);
    await saveMeasure(step('  '));
    expect(await listMeasuresOfClub(clubId)).toEqual([]);
  });

  it('refuses a due date that is not a date and writes nothing', async () => {
    await expect(saveMeasure(step('Flyer', '', '2026-02-30'))).rejects.toThrow('invalid measure');
    expect(await db.measures.count()).toBe(0);
  });

  it('ticks a measure off and opens it again, keeping it done through later edits', async () => {
    await saveMeasure(step('Flyer'));
    const id = `${assessmentId}/a-01`;
    await setMeasureDone(id, true, new Date('2026-02-01T10:00:00Z'));
    expect(await db.measures.get(id)).toMatchObject({
      status: 'done',
      doneAt: '2026-02-01T10:00:00.000Z',
    });
    await saveMeasure(step('Flyer gedruckt'));
    expect(await db.measures.get(id)).toMatchObject({ status: 'done', text: 'Flyer gedruckt' });
    await setMeasureDone(id, false);
    expect(await db.measures.get(id)).not.toHaveProperty('doneAt');
  });

  it('leaves the steps of a finished assessment alone until it is reopened', async () => {
    await saveMeasure(step('Flyer'));
    await finishAssessment(assessmentId);
    await expect(saveMeasure(step('Flyer gedruckt'))).rejects.toThrow('assessment finished');
    await expect(saveMeasure(step(''))).rejects.toThrow('assessment finished');
    expect((await listMeasuresOfClub(clubId)).map((m) => m.text)).toEqual(['Flyer']);
  });

  it('goes with the club when the club is deleted', async () => {
    await saveMeasure(step('Flyer'));
    await deleteClub(clubId);
    expect(await db.measures.count()).toBe(0);
  });

  it('writes only the fields of a change, so two tabs editing one step keep both edits', async () => {
    await saveMeasure(step('Flyer', 'Ayşe', '2026-03-01'));
    const base = { assessmentId, criterionId: 'a-01' };
    // Tab A changes who, tab B (loaded before) changes the text.
    await saveMeasure({ ...base, who: 'Olena' });
    await saveMeasure({ ...base, text: 'Flyer auf Türkisch' });
    expect(await db.measures.get(`${assessmentId}/a-01`)).toMatchObject({
      text: 'Flyer auf Türkisch',
      who: 'Olena',
      due: '2026-03-01',
    });
    await saveMeasure({ ...base, due: '' });
    expect(await db.measures.get(`${assessmentId}/a-01`)).not.toHaveProperty('due');
  });

  it('keeps a "who" typed before the text once the text comes', async () => {
    const base = { assessmentId, criterionId: 'a-01' };
    await saveMeasure({ ...base, who: 'Ayşe', whenNew: { text: '', who: 'Ayşe', due: '' } });
    expect(await db.measures.count()).toBe(0);
    await saveMeasure({ ...base, text: 'Flyer', whenNew: { text: 'Flyer', who: 'Ayşe', due: '' } });
    expect(await db.measures.get(`${assessmentId}/a-01`)).toMatchObject({
      text: 'Flyer',
      who: 'Ayşe',
    });
  });

  it('ticks a step off without touching its text, even from a screen that shows an older one', async () => {
    await saveMeasure(step('Flyer'));
    const id = `${assessmentId}/a-01`;
    await saveMeasure({ assessmentId, criterionId: 'a-01', text: 'Flyer gedruckt' });
    await setMeasureDone(id, true);
    expect(await db.measures.get(id)).toMatchObject({ text: 'Flyer gedruckt', status: 'done' });
  });
});
