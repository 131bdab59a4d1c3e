// Use cases of a club: creating, changing and deleting it, and ticking off its
// next steps; and the reads of the club list and a club's page.
import type { Club } from '../domain/entities';
import type { ClubFields } from '../domain/club';
import {
  countAssessmentsOfClub,
  createClub as create,
  deleteClub as remove,
  getClub,
  updateClub as update,
} from '../storage/clubs';
import { listAssessmentItems } from '../storage/assessments';
import { requestPersistenceOnce } from '../storage/persistence';
import { attempt, type Outcome } from './outcome';

export { getClub as readClub, listClubItems } from '../storage/clubs';
export { readBackupStatus } from '../storage/backup-status';
export { listStepsOfClub, type ClubStep } from '../storage/measures';
export { loadProgress as readProgress } from '../storage/progress';

/** A club's page: the club and its assessments, newest first; null when it is not on the device. */
export async function readClubPage(clubId: string) {
  const club = await getClub(clubId);
  return club ? { club, items: await listAssessmentItems(clubId) } : null;
}

/** How many assessments deleting a club would delete with it. */
export function countClubAssessments(clubId: string): Promise<Outcome<number>> {
  return attempt(() => countAssessmentsOfClub(clubId));
}

/** Adds a club; the first one is the moment to ask the browser to keep the data. */
export async function createClub(fields: ClubFields): Promise<Outcome<Club>> {
  const outcome = await attempt(() => create(fields));
  if (outcome.ok) void requestPersistenceOnce().catch(() => undefined);
  return outcome;
}

/** Writes the fields of a club that a form changed; false when the club is gone. */
export function updateClub(id: string, changes: Partial<ClubFields>): Promise<Outcome<boolean>> {
  return attempt(() => update(id, changes));
}

/** Deletes a club with its assessments and steps; the value is how many assessments went. */
export function deleteClub(id: string): Promise<Outcome<number>> {
  return attempt(() => remove(id));
}
