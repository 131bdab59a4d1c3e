import { beforeEach, describe, expect, it } from 'vitest';
import {
  createClub,
  deleteClub,
  getClub,
  listClubItems,
  updateClub,
} from '../../src/storage/clubs';
import { changedClubFields } from '../../src/domain/club';
import { saveAnswer, startAssessment } from '../../src/storage/assessments';
import type { AmpelbogenDb } from '../../src/storage/db';
import { addEdition } from '../../src/storage/editions';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase, readAnswers } from './helpers';

const fields = { name: 'Chor Gravenbruch', category: 'kultur', sizeBand: 'bis-20' } as const;
const edition = makeEdition({ areas: [['a-01', 'a-02']] });
let db: AmpelbogenDb;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
});

describe('clubs in storage', () => {
  it('creates a club with an id and time stamps, and lists clubs by name', async () => {
    const club = await createClub(fields, new Date('2026-11-21T10:00:00Z'));
    await createClub({ ...fields, name: 'Angelverein' });
    expect(club).toMatchObject({ ...fields, createdAt: '2026-11-21T10:00:00.000Z' });
    expect((await listClubItems()).map((c) => c.club.name)).toEqual([
      'Angelverein',
      'Chor Gravenbruch',
    ]);
  });

  it('updates a club and removes a cleared description', async () => {
    const club = await createClub({ ...fields, description: 'alt' });
    const changes = changedClubFields(club, { ...fields, name: 'Neuer Name' });
    expect(await updateClub(club.id, changes)).toBe(true);
    const stored = await getClub(club.id);
    expect(stored?.name).toBe('Neuer Name');
    expect(stored).not.toHaveProperty('description');
    expect(await updateClub('missing', { name: 'x' })).toBe(false);
  });

  it('writes only the fields a form changed, so another tab keeps its change', async () => {
    const club = await createClub(fields);
    // Tab B changes the size band; tab A, loaded before, renames the club.
    await updateClub(club.id, changedClubFields(club, { ...fields, sizeBand: '21-100' }));
    await updateClub(club.id, changedClubFields(club, { ...fields, name: 'Chor Neu' }));
    expect(await getClub(club.id)).toMatchObject({ name: 'Chor Neu', sizeBand: '21-100' });
  });

  it('deletes a club with its assessments and their answers, and leaves other clubs alone', async () => {
    const club = await createClub(fields);
    const other = await createClub({ ...fields, name: 'Anderer' });
    const a1 = await startAssessment({ clubId: club.id, date: '2026-01-01', edition });
    const a2 = await startAssessment({ clubId: club.id, date: '2026-02-01', edition });
    const kept = await startAssessment({ clubId: other.id, date: '2026-02-01', edition });
    await saveAnswer({ assessmentId: a1.id, criterionId: 'a-01', rating: 'green' });
    await saveAnswer({ assessmentId: a2.id, criterionId: 'a-02', rating: 'red' });
    await saveAnswer({ assessmentId: kept.id, criterionId: 'a-01', rating: 'yellow' });

    expect(await deleteClub(club.id)).toBe(2);

    expect(await getClub(club.id)).toBeUndefined();
    expect((await db.assessments.toArray()).map((a) => a.id)).toEqual([kept.id]);
    expect(await db.answers.toArray()).toHaveLength(1);
    expect(await readAnswers(kept.id)).toHaveLength(1);
  });

  it('counts assessments and drafts per club for the list', async () => {
    const club = await createClub(fields);
    await startAssessment({ clubId: club.id, date: '2026-01-01', edition });
    expect(await listClubItems()).toEqual([{ club, assessments: 1, drafts: 1 }]);
  });
});
