// Assessments live in "assessments" (one row each, with the edition they were
// made with). A draft's answers live in "answers", one row per criterion, so that
// a tap writes one small row; a finished assessment keeps them in its own row
// (ratings and notes), and answersOf reads either.
import type { Answer, Assessment } from '../domain/entities';
import type { Edition, RatingId } from '../domain/edition-schema';
import {
  answersOf,
  carryRatings,
  editionKey,
  foldAnswers,
  ratingLookup,
  sortAssessments,
} from '../domain/assessment';
import { countAnswered } from '../domain/scoring';
import { planMove, type MovePlan } from '../domain/edition-move';
import { isIsoDate } from '../domain/dates';
import { getDb } from './db';
import { EditionMissingError, StorageValidationError } from './errors';

export interface StartOptions {
  clubId: string;
  date: string;
  edition: Edition;
  /** An earlier assessment whose lights the new one starts from. */
  fromAssessmentId?: string;
}

/** Starts a draft for a club; with fromAssessmentId, carries its lights over. */
export async function startAssessment(
  options: StartOptions,
  now = new Date(),
): Promise<Assessment> {
  if (!isIsoDate(options.date)) throw new StorageValidationError('invalid date');
  const db = getDb();
  const stamp = now.toISOString();
  const assessment: Assessment = {
    id: crypto.randomUUID(),
    clubId: options.clubId,
    editionId: options.edition.id,
    editionVersion: options.edition.version,
    date: options.date,
    status: 'draft',
    lastArea: 0,
    createdAt: stamp,
    updatedAt: stamp,
  };
  // The editions table is part of the transaction, so an edition deleted in
  // another tab cannot slip in between the check and the write.
  return db.transaction('rw', [db.clubs, db.assessments, db.answers, db.editions], async () => {
    if (!(await db.clubs.get(options.clubId))) throw new StorageValidationError('club missing');
    if (!(await db.editions.get(editionKey(options.edition.id, options.edition.version))))
      throw new EditionMissingError('edition missing');
    const from = options.fromAssessmentId
      ? await db.assessments.get(options.fromAssessmentId)
      : undefined;
    if (!from) {
      await db.assessments.add(assessment);
      return assessment;
    }
    // Carried lights stay marked until the group confirms or changes each one.
    const started = { ...assessment, carriedFrom: from.date };
    await db.assessments.add(started);
    const carried = carryRatings(await readAnswers(from.id), options.edition);
    await db.answers.bulkAdd(
      [...carried].map(([criterionId, rating]) => ({
        assessmentId: assessment.id,
        criterionId,
        rating,
        carried: true as const,
        updatedAt: stamp,
      })),
    );
    return started;
  });
}

/** A club's assessments, newest first. */
export async function listAssessmentsOfClub(clubId: string): Promise<Assessment[]> {
  return sortAssessments(await getDb().assessments.where('clubId').equals(clubId).toArray());
}

/** The answers of one assessment as stored (answersOf), or none when it is gone; joins a caller's transaction. */
async function readAnswers(assessmentId: string): Promise<Answer[]> {
  const db = getDb();
  const [assessment, rows] = await Promise.all([
    db.assessments.get(assessmentId),
    db.answers.where('assessmentId').equals(assessmentId).toArray(),
  ]);
  return assessment ? answersOf(assessment, rows) : [];
}

/** The answers of many assessments at once, grouped by assessment id (a finished one's from its own row). */
export async function listAnswersOf(
  assessmentIds: readonly string[],
): Promise<Map<string, Answer[]>> {
  const db = getDb();
  return db.transaction('r', [db.assessments, db.answers], async () => {
    const [assessments, rows] = await Promise.all([
      db.assessments.bulkGet([...assessmentIds]),
      db.answers.where('assessmentId').anyOf(assessmentIds).toArray(),
    ]);
    const grouped = new Map<string, Answer[]>(assessmentIds.map((id) => [id, []]));
    for (const row of rows) grouped.get(row.assessmentId)?.push(row);
    for (const assessment of assessments)
      if (assessment)
        grouped.set(assessment.id, answersOf(assessment, grouped.get(assessment.id) ?? []));
    return grouped;
  });
}

/**
 * One change of a criterion's answer. A field that is absent stays as stored;
 * `rating: null` and `note: ''` clear it. A change never carries the fields the
 * user did not touch, so two tabs (or two people) editing the same statement
 * never undo each other: each field keeps its latest write.
 */
export interface AnswerChange {
  assessmentId: string;
  criterionId: string;
  rating?: RatingId | null;
  note?: string;
}

/** Writes the fields of one change on the current row; resolves only once IndexedDB has committed it. */
export function saveAnswer(change: AnswerChange, now = new Date()): Promise<void> {
  const db = getDb();
  const stamp = now.toISOString();
  const { assessmentId, criterionId } = change;
  return db.transaction('rw', [db.answers, db.assessments], async () => {
    const [assessment, current] = await Promise.all([
      db.assessments.get(assessmentId),
      db.answers.get([assessmentId, criterionId]),
    ]);
    if (!assessment) throw new StorageValidationError('assessment missing');
    // A finished assessment is reopened before it changes, so its snapshot stays true.
    if (assessment.status === 'done') throw new StorageValidationError('assessment finished');
    // The row as stored now, in this transaction, with only the changed fields replaced.
    const {
      rating: _r,
      note: _n,
      carried: wasCarried,
      ...rest
    } = current ?? {
      assessmentId,
      criterionId,
    };
    const rating = change.rating === undefined ? current?.rating : (change.rating ?? undefined);
    const note = change.note === undefined ? current?.note : change.note || undefined;
    await db.answers.put({
      ...rest,
      ...(rating ? { rating } : {}),
      ...(note ? { note } : {}),
      // Any tap on a light, the same one included, is the group's own
      // judgement: a carried light is then confirmed (or changed).
      ...(wasCarried && change.rating === undefined && rating ? { carried: true as const } : {}),
      updatedAt: stamp,
    });
  });
}

/** Remembers the area a user is on, so that a draft resumes there. */
export async function setLastArea(id: string, lastArea: number): Promise<void> {
  await getDb().assessments.update(id, { lastArea });
}

/**
 * Marks an assessment as finished: its answers (lights and notes) move into its
 * row, so that progress, restore and backup read one row per assessment, and
 * its answer rows are removed.
 */
export async function finishAssessment(id: string, now = new Date()): Promise<void> {
  const db = getDb();
  const stamp = now.toISOString();
  await db.transaction('rw', [db.assessments, db.answers], async () => {
    const a = await db.assessments.get(id);
    if (!a || a.status === 'done') return;
    const rows = await db.answers.where('assessmentId').equals(id).toArray();
    await db.assessments.put({
      ...foldAnswers(a, rows),
      status: 'done',
      finishedAt: stamp,
      updatedAt: stamp,
    });
    await db.answers.where('assessmentId').equals(id).delete();
  });
}

/**
 * Opens a finished assessment for changes again: its answers go back into
 * rows (answersOf: each stamped with the time it was finished, as nothing in
 * them changed), and ratings, notes and finishedAt leave its row.
 */
export async function reopenAssessment(id: string, now = new Date()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.assessments, db.answers], async () => {
    const a = await db.assessments.get(id);
    if (!a || a.status !== 'done') return;
    const rows = answersOf(a, []);
    const {
      finishedAt: _finished,
      ratings: _snapshot,
      notes: _notes,
      unconfirmed: _unconfirmed,
      ...rest
    } = a;
    await db.answers.bulkPut(rows);
    await db.assessments.put({ ...rest, status: 'draft', updatedAt: now.toISOString() });
  });
}

/**
 * Moves a draft to another stored edition: answers of criteria the target has
 * stay, the others (listed beforehand with planMove) are removed, and the
 * draft opens at its first area; an open round ends. A finished assessment
 * never moves.
 */
export async function moveDraftToEdition(
  id: string,
  target: { id: string; version: number },
  now = new Date(),
): Promise<MovePlan> {
  const db = getDb();
  const tables = [db.assessments, db.answers, db.editions, db.measures, db.rounds];
  return db.transaction('rw', tables, async () => {
    const assessment = await db.assessments.get(id);
    if (!assessment) throw new StorageValidationError('assessment missing');
    if (assessment.status !== 'draft') throw new StorageValidationError('assessment finished');
    const [from, to] = await db.editions.bulkGet([
      editionKey(assessment.editionId, assessment.editionVersion),
      editionKey(target.id, target.version),
    ]);
    if (!from || !to) throw new StorageValidationError('edition missing');
    const answers = await db.answers.where('assessmentId').equals(id).toArray();
    const measures = await db.measures.where('assessmentId').equals(id).toArray();
    const plan = planMove(answers, from.edition, to.edition, measures);
    const targetIds = new Set(to.edition.areas.flatMap((a) => a.criteria.map((c) => c.id)));
    const known = new Set(plan.carried.map((a) => a.criterionId));
    await db.answers.bulkDelete(
      answers
        .filter((a) => !known.has(a.criterionId))
        .map((a): [string, string] => [a.assessmentId, a.criterionId]),
    );
    // An open round asked for the old edition's statements: it ends, and the
    // spread keeps only statements the target has.
    await db.rounds.where('assessmentId').equals(id).delete();
    const spread = assessment.spread
      ? Object.fromEntries(Object.entries(assessment.spread).filter(([k]) => targetIds.has(k)))
      : undefined;
    await db.assessments.update(id, {
      editionId: to.id,
      editionVersion: to.version,
      lastArea: 0,
      updatedAt: now.toISOString(),
      spread: spread && Object.keys(spread).length > 0 ? spread : undefined,
    });
    return plan;
  });
}

/** An assessment with how far it got, for the club's list. */
export interface AssessmentItem {
  assessment: Assessment;
  answered: number;
  total: number;
}

/** A club's assessments, newest first, each with its answered count. */
export async function listAssessmentItems(clubId: string): Promise<AssessmentItem[]> {
  const db = getDb();
  return db.transaction('r', [db.assessments, db.answers, db.editions], async () => {
    const list = await listAssessmentsOfClub(clubId);
    const answers = await listAnswersOf(list.map((a) => a.id));
    const editions = await db.editions.bulkGet([
      ...new Set(list.map((a) => editionKey(a.editionId, a.editionVersion))),
    ]);
    const byKey = new Map(editions.flatMap((e) => (e ? [[e.key, e.edition] as const] : [])));
    return list.map((assessment) => {
      const edition = byKey.get(editionKey(assessment.editionId, assessment.editionVersion));
      const counts = edition
        ? countAnswered(edition.areas, ratingLookup(answers.get(assessment.id) ?? []))
        : { answered: 0, total: 0 };
      return { assessment, ...counts };
    });
  });
}
