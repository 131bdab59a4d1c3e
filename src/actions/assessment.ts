// Use cases of an assessment: starting one, saving what the meeting decides
// field by field, ticking off steps, finishing, reopening and moving a draft
// to another edition; and the reads its screens need.
import type { Assessment } from '../domain/entities';
import type { Edition } from '../domain/edition-schema';
import type { MovePlan } from '../domain/edition-move';
import { findLatestFinished } from '../domain/assessment';
import { getClub } from '../storage/clubs';
import { getDefaultEdition } from '../storage/editions';
import {
  finishAssessment as finish,
  listAssessmentsOfClub,
  moveDraftToEdition,
  reopenAssessment as reopen,
  saveAnswer as storeAnswer,
  setLastArea,
  startAssessment as start,
  type AnswerChange,
  type StartOptions,
} from '../storage/assessments';
import { saveMeasure, setMeasureDone, type MeasureChange } from '../storage/measures';
import { requestPersistenceOnce } from '../storage/persistence';
import { attempt, type Outcome } from './outcome';

export {
  loadAssessmentBundle,
  readAssessmentEntries,
  type AssessmentBundle,
} from '../storage/assessment-bundle';
export { getDefaultEdition as readDefaultEdition };
export type { AnswerChange, MeasureChange, StartOptions };

/** What starting an assessment needs: the club, its latest finished assessment, the edition to use. */
export async function readStart(clubId: string) {
  const [club, list, edition] = await Promise.all([
    getClub(clubId),
    listAssessmentsOfClub(clubId),
    getDefaultEdition(),
  ]);
  return club ? { club, latest: findLatestFinished(list), edition } : null;
}

/** Starts a draft, carrying the lights of an earlier assessment when asked. */
export function startAssessment(options: StartOptions): Promise<Outcome<Assessment>> {
  return attempt(() => start(options));
}

// The first entry a device keeps is the moment to ask the browser to keep
// the data; asking never fails a write.
const keep = <T>(outcome: Outcome<T>): Outcome<T> => {
  if (outcome.ok) void requestPersistenceOnce().catch(() => undefined);
  return outcome;
};

/** Saves the fields of one answer that the user changed (light, note). */
export async function saveAnswer(change: AnswerChange): Promise<Outcome<void>> {
  return keep(await attempt(() => storeAnswer(change)));
}

/** Saves the fields of one criterion's next step that the user changed. */
export async function saveStep(change: MeasureChange): Promise<Outcome<void>> {
  return keep(await attempt(() => saveMeasure(change)));
}

/** Ticks a next step off, or opens it again. */
export function setStepDone(id: string, done: boolean): Promise<Outcome<void>> {
  return attempt(() => setMeasureDone(id, done));
}

/** Remembers the area a draft was last open at; a failure only loses the place. */
export async function rememberArea(id: string, index: number): Promise<void> {
  await setLastArea(id, index).catch(() => undefined);
}

/** Finishes a draft: its lights become the club's latest state. */
export function finishAssessment(id: string): Promise<Outcome<void>> {
  return attempt(() => finish(id));
}

/** Opens a finished assessment again as a draft. */
export function reopenAssessment(id: string): Promise<Outcome<void>> {
  return attempt(() => reopen(id));
}

/** Moves a draft to another stored edition, as planned by planMove beforehand. */
export function moveToEdition(id: string, target: Edition): Promise<Outcome<MovePlan>> {
  return attempt(() => moveDraftToEdition(id, target));
}
