import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answer, Measure } from '../../domain/entities';
import type { RatingId } from '../../domain/edition-schema';
import { saveAnswer } from '../../storage/assessments';
import { saveMeasure } from '../../storage/measures';
import { requestPersistenceOnce } from '../../storage/persistence';
import { classifyStorageError, reportStorageProblem } from '../../storage/errors';
import { describeStorageError } from '../storage-messages';

/** A criterion's next step as the form holds it. */
export interface StepFields {
  text: string;
  who: string;
  due: string;
}

/** What the screen holds for one criterion. */
export interface AnswerFields {
  rating?: RatingId;
  note?: string;
  step?: StepFields;
}

/** What a write covers: the answer (light and note) or the next step. */
type WriteKind = 'answer' | 'step';

/** Where the last write of a criterion stands; seq counts finished writes. */
export type SaveStatus =
  | { state: 'saving'; seq: number }
  | { state: 'saved'; seq: number }
  | { state: 'error'; seq: number; message: string };

function toFields(answer: Answer | undefined, measure: Measure | undefined): AnswerFields {
  return {
    ...(answer?.rating ? { rating: answer.rating } : {}),
    ...(answer?.note ? { note: answer.note } : {}),
    ...(measure
      ? { step: { text: measure.text, who: measure.who ?? '', due: measure.due ?? '' } }
      : {}),
  };
}

function initialFields(
  assessmentId: string,
  answers: readonly Answer[],
  measures: readonly Measure[],
) {
  const fields = new Map<string, AnswerFields>();
  const own = new Map(
    measures.filter((m) => m.assessmentId === assessmentId).map((m) => [m.criterionId, m]),
  );
  for (const a of answers) fields.set(a.criterionId, toFields(a, own.get(a.criterionId)));
  for (const [criterionId, m] of own)
    if (!fields.has(criterionId)) fields.set(criterionId, toFields(undefined, m));
  return fields;
}

/**
 * Holds an assessment's answers and next steps on screen and writes every
 * change at once. The screen keeps what was entered even when a write fails,
 * and says "gespeichert" only after IndexedDB committed the latest write of
 * that criterion.
 */
export function useAnswers(
  assessmentId: string,
  answers0: readonly Answer[],
  measures0: readonly Measure[],
) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerFields>>(() =>
    initialFields(assessmentId, answers0, measures0),
  );
  const [statuses, setStatuses] = useState<ReadonlyMap<string, SaveStatus>>(new Map());
  const latest = useRef(answers);
  const issued = useRef(new Map<string, number>());
  const finished = useRef(0);
  // Kinds of write that failed and were not yet written again, per criterion:
  // every later write of that criterion carries them too, so a success of one
  // kind never hides a failure of the other.
  const unsaved = useRef(new Map<string, Set<WriteKind>>());
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  // Built once per assessment, so the cards receive stable callbacks.
  const actions = useMemo(() => {
    const setStatus = (criterionId: string, status: SaveStatus) =>
      setStatuses((prev) => new Map(prev).set(criterionId, status));

    const write = (criterionId: string, fields: AnswerFields, kind: WriteKind | 'both') => {
      const kinds = new Set<WriteKind>(kind === 'both' ? ['answer', 'step'] : [kind]);
      for (const k of unsaved.current.get(criterionId) ?? []) kinds.add(k);
      const ticket = (issued.current.get(criterionId) ?? 0) + 1;
      issued.current.set(criterionId, ticket);
      setStatus(criterionId, { state: 'saving', seq: finished.current });
      const writes: Promise<void>[] = [];
      if (kinds.has('answer')) {
        writes.push(
          saveAnswer({
            assessmentId,
            criterionId,
            ...(fields.rating ? { rating: fields.rating } : {}),
            ...(fields.note ? { note: fields.note } : {}),
          }),
        );
      }
      if (kinds.has('step')) {
        const step = fields.step ?? { text: '', who: '', due: '' };
        writes.push(saveMeasure({ assessmentId, criterionId, ...step }));
      }
      Promise.all(writes).then(
        () => {
          finished.current += 1;
          const left = unsaved.current.get(criterionId);
          for (const k of kinds) left?.delete(k);
          if (issued.current.get(criterionId) === ticket && !left?.size) {
            setStatus(criterionId, { state: 'saved', seq: finished.current });
          }
          void requestPersistenceOnce().catch(() => undefined);
        },
        (error: unknown) => {
          finished.current += 1;
          unsaved.current.set(
            criterionId,
            new Set([...(unsaved.current.get(criterionId) ?? []), ...kinds]),
          );
          // The screen is gone (the user moved on): say it where they are now.
          if (!mounted.current) reportStorageProblem(classifyStorageError(error));
          if (issued.current.get(criterionId) === ticket) {
            setStatus(criterionId, {
              state: 'error',
              seq: finished.current,
              message: describeStorageError(error),
            });
          }
        },
      );
    };

    return {
      /** Changes one criterion's fields on screen and writes what changed. */
      update(criterionId: string, patch: AnswerFields) {
        const fields = { ...latest.current.get(criterionId), ...patch };
        const next = new Map(latest.current).set(criterionId, fields);
        latest.current = next;
        setAnswers(next);
        write(criterionId, fields, 'step' in patch ? 'step' : 'answer');
      },
      /** Writes a criterion again after a failure, with what the screen holds. */
      retry(criterionId: string) {
        write(criterionId, latest.current.get(criterionId) ?? {}, 'both');
      },
    };
  }, [assessmentId]);

  return { answers, statuses, update: actions.update, retry: actions.retry };
}
