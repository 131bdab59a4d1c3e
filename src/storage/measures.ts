// Measures (the club's next steps) live in "measures", one row per criterion
// and assessment they were written in, keyed "assessmentId/criterionId".
import type { Measure } from '../domain/entities';
import { measureId, stepSource, type StepSource } from '../domain/measures';
import { editionKey } from '../domain/assessment';
import { isIsoDate } from '../domain/dates';
import { LIMITS } from '../domain/vocabulary';
import { getDb } from './db';
import { StorageValidationError } from './errors';

/** The three fields of a next step as the assessment screen holds them. */
export interface StepFields {
  text: string;
  who: string;
  due: string;
}

/**
 * One change of a criterion's next step in an assessment. A field that is
 * absent stays as stored; an empty `who` or `due` clears it, an empty text
 * removes the step. `whenNew` gives the other fields the screen holds, used
 * only when the change creates the step (a "who" typed before the text).
 */
export interface MeasureChange extends Partial<StepFields> {
  assessmentId: string;
  criterionId: string;
  whenNew?: Partial<StepFields>;
}

function invalid(fields: Partial<StepFields>): boolean {
  const { text, who, due } = fields;
  return (
    (text !== undefined && text.trim().length > LIMITS.nextStep) ||
    (who !== undefined && who.trim().length > LIMITS.who) ||
    (due !== undefined && due.trim() !== '' && !isIsoDate(due.trim()))
  );
}

/** Writes the fields of one change on the club's measure; resolves once committed. */
export function saveMeasure(change: MeasureChange, now = new Date()): Promise<void> {
  const db = getDb();
  const { assessmentId, criterionId, whenNew, ...given } = change;
  const id = measureId(assessmentId, criterionId);
  if (invalid(given) || (whenNew && invalid(whenNew))) {
    return Promise.reject(new StorageValidationError('invalid measure'));
  }
  const stamp = now.toISOString();
  return db.transaction('rw', [db.measures, db.assessments], async () => {
    const assessment = await db.assessments.get(assessmentId);
    if (!assessment) throw new StorageValidationError('assessment missing');
    // Like its answers, a finished assessment's next steps change only after reopening.
    if (assessment.status === 'done') throw new StorageValidationError('assessment finished');
    const existing = await db.measures.get(id);
    const text = given.text?.trim();
    if (text === '') {
      await db.measures.delete(id);
      return;
    }
    if (existing) {
      // Dexie's update() deletes a property set to undefined: an emptied field goes.
      const fields: Partial<Measure> = { updatedAt: stamp };
      if (text !== undefined) fields.text = text;
      if (given.who !== undefined) fields.who = given.who.trim() || undefined;
      if (given.due !== undefined) fields.due = given.due.trim() || undefined;
      await db.measures.update(id, fields);
      return;
    }
    const all = { ...whenNew, ...given };
    const newText = all.text?.trim();
    // A "who" or a date alone is not a step yet: it is kept once the text comes.
    if (!newText) return;
    const who = all.who?.trim();
    const due = all.due?.trim();
    await db.measures.add({
      id,
      clubId: assessment.clubId,
      assessmentId,
      criterionId,
      text: newText,
      ...(who ? { who } : {}),
      ...(due ? { due } : {}),
      status: 'open',
      createdAt: stamp,
      updatedAt: stamp,
    });
  });
}

/** Ticks a measure off, or opens it again. */
export function setMeasureDone(id: string, done: boolean, now = new Date()): Promise<void> {
  const db = getDb();
  return db.transaction('rw', db.measures, async () => {
    const m = await db.measures.get(id);
    if (!m) throw new StorageValidationError('measure missing');
    const stamp = now.toISOString();
    // Only the state changes; text, who and date stay as they are now.
    await db.measures.update(
      id,
      done
        ? { status: 'done', doneAt: stamp, updatedAt: stamp }
        : { status: 'open', doneAt: undefined, updatedAt: stamp },
    );
  });
}

/** Every measure of a club. */
export function listMeasuresOfClub(clubId: string): Promise<Measure[]> {
  return getDb().measures.where('clubId').equals(clubId).toArray();
}

/** A club's next step with the statement and meeting it came from. */
export interface ClubStep {
  measure: Measure;
  source: StepSource;
}

/** Every next step of a club, each with its statement and meeting. */
export async function listStepsOfClub(clubId: string): Promise<ClubStep[]> {
  const db = getDb();
  return db.transaction('r', [db.measures, db.assessments, db.editions], async () => {
    const measures = await db.measures.where('clubId').equals(clubId).toArray();
    const ids = [...new Set(measures.map((m) => m.assessmentId))];
    const assessments = new Map(
      (await db.assessments.bulkGet(ids)).flatMap((a) => (a ? [[a.id, a] as const] : [])),
    );
    const keys = [
      ...new Set([...assessments.values()].map((a) => editionKey(a.editionId, a.editionVersion))),
    ];
    const editions = new Map(
      (await db.editions.bulkGet(keys)).flatMap((e) => (e ? [[e.key, e.edition] as const] : [])),
    );
    return measures.map((measure) => {
      const assessment = assessments.get(measure.assessmentId);
      const edition =
        assessment && editions.get(editionKey(assessment.editionId, assessment.editionVersion));
      return { measure, source: stepSource(measure, assessment, edition) };
    });
  });
}
