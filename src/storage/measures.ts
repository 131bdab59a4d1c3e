// Measures (the club's next steps) live in "measures", one row per criterion
// and assessment they were written in, keyed "assessmentId/criterionId".
import type { Measure } from '../domain/entities';
import { measureId } from '../domain/measures';
import { isIsoDate } from '../domain/dates';
import { LIMITS } from '../domain/vocabulary';
import { getDb } from './db';
import { StorageValidationError } from './errors';
import { trackWrite } from './pending-writes';

/** What the assessment screen holds for a criterion's next step. */
export interface MeasureInput {
  assessmentId: string;
  criterionId: string;
  text: string;
  who: string;
  due: string;
}

/**
 * Writes the next step of a criterion in an assessment; an empty text removes
 * it. Who and due date are kept only when given.
 */
export function saveMeasure(input: MeasureInput, now = new Date()): Promise<void> {
  const db = getDb();
  const id = measureId(input.assessmentId, input.criterionId);
  const text = input.text.trim();
  const who = input.who.trim();
  const due = input.due.trim();
  if (text.length > LIMITS.nextStep || who.length > LIMITS.who || (due && !isIsoDate(due))) {
    return Promise.reject(new StorageValidationError('invalid measure'));
  }
  return trackWrite(
    db.transaction('rw', [db.measures, db.assessments], async () => {
      const assessment = await db.assessments.get(input.assessmentId);
      if (!assessment) throw new StorageValidationError('assessment missing');
      // Like its answers, a finished assessment's next steps change only after reopening.
      if (assessment.status === 'done') throw new StorageValidationError('assessment finished');
      if (!text) {
        await db.measures.delete(id);
        return;
      }
      const existing = await db.measures.get(id);
      const stamp = now.toISOString();
      await db.measures.put({
        id,
        clubId: assessment.clubId,
        assessmentId: input.assessmentId,
        criterionId: input.criterionId,
        text,
        ...(who ? { who } : {}),
        ...(due ? { due } : {}),
        status: existing?.status ?? 'open',
        ...(existing?.doneAt ? { doneAt: existing.doneAt } : {}),
        createdAt: existing?.createdAt ?? stamp,
        updatedAt: stamp,
      });
    }),
  );
}

/** Ticks a measure off, or opens it again. */
export function setMeasureDone(id: string, done: boolean, now = new Date()): Promise<void> {
  const db = getDb();
  return trackWrite(
    db.transaction('rw', db.measures, async () => {
      const m = await db.measures.get(id);
      if (!m) throw new StorageValidationError('measure missing');
      const { doneAt: _drop, ...rest } = m;
      const stamp = now.toISOString();
      await db.measures.put(
        done
          ? { ...rest, status: 'done', doneAt: stamp, updatedAt: stamp }
          : { ...rest, status: 'open', updatedAt: stamp },
      );
    }),
  );
}

/** Every measure of a club. */
export function listMeasuresOfClub(clubId: string): Promise<Measure[]> {
  return getDb().measures.where('clubId').equals(clubId).toArray();
}
