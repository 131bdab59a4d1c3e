// Clubs live in the "clubs" table, one row per club. Deleting a club removes its
// assessments, their answers and its measures in the same transaction.
import type { ClubFields } from '../domain/club';
import type { Club } from '../domain/entities';
import { sortClubs } from '../domain/club';
import { getDb } from './db';

/** Creates a club from checked fields. */
export async function createClub(fields: ClubFields, now = new Date()): Promise<Club> {
  const stamp = now.toISOString();
  const club: Club = { id: crypto.randomUUID(), ...fields, createdAt: stamp, updatedAt: stamp };
  await getDb().clubs.add(club);
  return club;
}

/**
 * Writes the fields a form changed (changedClubFields) on the current row;
 * false if the club is gone. A description set to undefined is removed.
 */
export async function updateClub(
  id: string,
  changes: Partial<ClubFields>,
  now = new Date(),
): Promise<boolean> {
  if (Object.keys(changes).length === 0) return (await getDb().clubs.get(id)) !== undefined;
  const updated = await getDb().clubs.update(id, { ...changes, updatedAt: now.toISOString() });
  return updated > 0;
}

/** One club, or undefined. */
export function getClub(id: string): Promise<Club | undefined> {
  return getDb().clubs.get(id);
}

/** How many assessments a club has (shown before deleting it). */
export function countAssessmentsOfClub(clubId: string): Promise<number> {
  return getDb().assessments.where('clubId').equals(clubId).count();
}

/** Deletes a club with all its assessments, answers and open rounds; returns how many assessments went. */
export async function deleteClub(id: string): Promise<number> {
  const db = getDb();
  const tables = [db.clubs, db.assessments, db.answers, db.measures, db.rounds];
  return db.transaction('rw', tables, async () => {
    const ids = await db.assessments.where('clubId').equals(id).primaryKeys();
    await db.measures.where('clubId').equals(id).delete();
    await db.rounds.where('assessmentId').anyOf(ids).delete();
    await db.answers.where('assessmentId').anyOf(ids).delete();
    await db.assessments.bulkDelete(ids);
    await db.clubs.delete(id);
    return ids.length;
  });
}

/** A club with how many assessments it has, for the club list. */
export interface ClubListItem {
  club: Club;
  assessments: number;
  drafts: number;
}

/** All clubs with their assessment counts, sorted by name. */
export async function listClubItems(): Promise<ClubListItem[]> {
  const db = getDb();
  return db.transaction('r', [db.clubs, db.assessments], async () => {
    const [clubs, assessments] = await Promise.all([db.clubs.toArray(), db.assessments.toArray()]);
    return sortClubs(clubs).map((club) => {
      const own = assessments.filter((a) => a.clubId === club.id);
      return {
        club,
        assessments: own.length,
        drafts: own.filter((a) => a.status === 'draft').length,
      };
    });
  });
}
