// The open rounds of a meeting ("rounds") and the spread they leave on their
// assessment. A round's row holds each participant's lights under a random id
// while it is open; every counted answer rewrites the assessment's spread in
// the same transaction, so the counts are never behind the answers, and ending
// the round removes the row and with it the single answers.
import type { Edition } from '../domain/edition-schema';
import { editionKey } from '../domain/assessment';
import { spreadOf, type OpenRound, type RoundLight } from '../domain/round';
import { getDb } from './db';
import { StorageValidationError } from './errors';
import { loadShippedEditions } from './shipped-edition';

/** The open round of an assessment, if there is one. */
export function getRoundOf(assessmentId: string): Promise<OpenRound | undefined> {
  return getDb().rounds.where('assessmentId').equals(assessmentId).first();
}

/**
 * Opens a round on a draft; a round still open on it ends first (its spread
 * stays). Refuses a finished or missing assessment.
 */
export async function openRound(round: OpenRound): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.rounds, db.assessments], async () => {
    const assessment = await db.assessments.get(round.assessmentId);
    if (!assessment) throw new StorageValidationError('assessment missing');
    if (assessment.status !== 'draft') throw new StorageValidationError('assessment finished');
    await db.rounds.where('assessmentId').equals(round.assessmentId).delete();
    await db.rounds.add(round);
  });
}

/** A participant's answers counted: how many people are in, and whether this one was before. */
export interface Counted {
  people: number;
  again: boolean;
}

/**
 * Counts one participant's lights (in the round's order): a participant
 * already in is replaced, never added twice. The assessment's spread for the
 * round's statements is written anew from all participants, in the same
 * transaction.
 */
export async function countParticipant(
  roundId: string,
  participant: string,
  ratings: readonly RoundLight[],
  now = new Date(),
): Promise<Counted> {
  const db = getDb();
  return db.transaction('rw', [db.rounds, db.assessments], async () => {
    const round = await db.rounds.get(roundId);
    if (!round) throw new StorageValidationError('round missing');
    if (ratings.length !== round.criterionIds.length)
      throw new StorageValidationError('round answers of another length');
    const assessment = await db.assessments.get(round.assessmentId);
    if (!assessment) throw new StorageValidationError('assessment missing');
    const again = Object.hasOwn(round.participants, participant);
    const participants = { ...round.participants, [participant]: [...ratings] };
    const spread = spreadOf(round.criterionIds, Object.values(participants));
    await db.rounds.update(roundId, { participants });
    await db.assessments.update(round.assessmentId, {
      spread: { ...assessment.spread, ...spread },
      updatedAt: now.toISOString(),
    });
    return { people: Object.keys(participants).length, again };
  });
}

/** Ends a round: its single answers go, the spread stays with the assessment. */
export async function endRound(roundId: string): Promise<void> {
  await getDb().rounds.delete(roundId);
}

/**
 * An edition by id and version, for a phone that joins a round: a stored one,
 * else one the app ships; undefined when the phone has neither.
 */
export async function findEdition(id: string, version: number): Promise<Edition | undefined> {
  const stored = await getDb().editions.get(editionKey(id, version));
  if (stored) return stored.edition;
  const shipped = await loadShippedEditions();
  return shipped.find((e) => e.id === id && e.version === version);
}
