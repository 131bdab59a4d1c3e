import { useMemo, useRef, useState } from 'preact/hooks';
import type { Answer } from '../../domain/entities';
import type { RatingId } from '../../domain/edition-schema';
import { saveAnswer } from '../../storage/assessments';
import { requestPersistenceOnce } from '../../storage/persistence';
import { describeStorageError } from '../storage-messages';

/** What the screen holds for one criterion. */
export interface AnswerFields {
  rating?: RatingId;
  note?: string;
  nextStep?: string;
}

/** Where the last write of a criterion stands; seq counts finished writes. */
export type SaveStatus =
  | { state: 'saving'; seq: number }
  | { state: 'saved'; seq: number }
  | { state: 'error'; seq: number; message: string };

function toFields(answer: Answer): AnswerFields {
  return {
    ...(answer.rating ? { rating: answer.rating } : {}),
    ...(answer.note ? { note: answer.note } : {}),
    ...(answer.nextStep ? { nextStep: answer.nextStep } : {}),
  };
}

/**
 * Holds an assessment's answers on screen and writes every change at once. The
 * screen keeps what was entered even when a write fails, and says "gespeichert"
 * only after IndexedDB committed the latest write of that criterion.
 */
export function useAnswers(assessmentId: string, initial: readonly Answer[]) {
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerFields>>(
    () => new Map(initial.map((a) => [a.criterionId, toFields(a)])),
  );
  const [statuses, setStatuses] = useState<ReadonlyMap<string, SaveStatus>>(new Map());
  const latest = useRef(answers);
  const issued = useRef(new Map<string, number>());
  const finished = useRef(0);

  // Built once per assessment, so the cards receive stable callbacks.
  const actions = useMemo(() => {
    const setStatus = (criterionId: string, status: SaveStatus) =>
      setStatuses((prev) => new Map(prev).set(criterionId, status));

    const write = (criterionId: string, fields: AnswerFields) => {
      const ticket = (issued.current.get(criterionId) ?? 0) + 1;
      issued.current.set(criterionId, ticket);
      setStatus(criterionId, { state: 'saving', seq: finished.current });
      saveAnswer({ assessmentId, criterionId, ...fields }).then(
        () => {
          finished.current += 1;
          if (issued.current.get(criterionId) === ticket) {
            setStatus(criterionId, { state: 'saved', seq: finished.current });
          }
          void requestPersistenceOnce().catch(() => undefined);
        },
        (error: unknown) => {
          finished.current += 1;
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
      /** Changes one criterion's fields on screen and writes the whole answer. */
      update(criterionId: string, patch: AnswerFields) {
        const fields = { ...latest.current.get(criterionId), ...patch };
        const next = new Map(latest.current).set(criterionId, fields);
        latest.current = next;
        setAnswers(next);
        write(criterionId, fields);
      },
      /** Writes a criterion again after a failure, with what the screen holds. */
      retry(criterionId: string) {
        write(criterionId, latest.current.get(criterionId) ?? {});
      },
    };
  }, [assessmentId]);

  return { answers, statuses, update: actions.update, retry: actions.retry };
}
