import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answer, Assessment, Measure } from '../../domain/entities';
import type { RatingId } from '../../domain/edition-schema';
import { readAssessmentEntries, saveAnswer, saveStep } from '../../actions/assessment';
import { watch } from '../../actions/live';
import { reportStorageProblem } from '../../actions/device';
import type { Outcome, StorageProblem } from '../../actions/outcome';
import type { StepFields } from '../../storage/measures';
import { describeStorageProblem } from '../storage-messages';

export type { StepFields };

/** What the screen holds for one criterion. */
export interface AnswerFields {
  rating?: RatingId;
  /** The light came from the last assessment and is not confirmed yet. */
  carried?: true;
  note?: string;
  step?: StepFields;
}

/** One field of a criterion that a user edits and storage writes on its own. */
export type Field = 'rating' | 'note' | 'text' | 'who' | 'due';

/** A change the card hands in: the fields the user just touched. */
export type FieldChange = { rating?: RatingId; note?: string } & Partial<StepFields>;

/** Where the last write of a criterion stands; seq counts finished writes. */
export type SaveStatus =
  | { state: 'saving'; seq: number }
  | { state: 'saved'; seq: number }
  | { state: 'error'; seq: number; problem: StorageProblem; message: string };

/** What the database holds for an assessment, as the live query delivers it. */
export interface StoredEntries {
  answers: readonly Answer[];
  measures: readonly Measure[];
}

/** What the screen starts from: the assessment, its answers and next steps as loaded. */
export interface InitialEntries extends StoredEntries {
  assessment: Assessment;
}

/** How long after its last write landed the screen reads the database again. */
const CATCH_UP_MS = 300;

const STEP_FIELDS = ['text', 'who', 'due'] as const;
const NO_STEP: StepFields = { text: '', who: '', due: '' };

function storedFields(assessmentId: string, stored: StoredEntries): Map<string, AnswerFields> {
  const fields = new Map<string, AnswerFields>();
  for (const a of stored.answers) {
    fields.set(a.criterionId, {
      ...(a.rating ? { rating: a.rating } : {}),
      ...(a.rating && a.carried ? { carried: true as const } : {}),
      ...(a.note ? { note: a.note } : {}),
    });
  }
  for (const m of stored.measures) {
    if (m.assessmentId !== assessmentId) continue;
    const step = { text: m.text, who: m.who ?? '', due: m.due ?? '' };
    fields.set(m.criterionId, { ...fields.get(m.criterionId), step });
  }
  return fields;
}

function read(fields: AnswerFields | undefined, field: Field): string | undefined {
  if (field === 'rating' || field === 'note') return fields?.[field];
  return fields?.step?.[field];
}

function withField(
  fields: AnswerFields,
  field: Field,
  value: string | undefined,
  carried?: true,
): AnswerFields {
  if (field === 'rating') {
    // A light set by a tap is the group's own; one taken from the database
    // brings its mark along.
    const { rating: _old, carried: _was, ...rest } = fields;
    return value ? { ...rest, rating: value as RatingId, ...(carried ? { carried } : {}) } : rest;
  }
  if (field === 'note') {
    const { note: _old, ...rest } = fields;
    return value ? { ...rest, note: value } : rest;
  }
  const step = { ...(fields.step ?? NO_STEP), [field]: value ?? '' };
  const { step: _old, ...rest } = fields;
  return step.text || step.who || step.due ? { ...rest, step } : rest;
}

/** The same values in the same properties: a stored row read again unchanged. */
function sameRow(a: Assessment, b: Assessment): boolean {
  const keys = Object.keys(a) as (keyof Assessment)[];
  return keys.length === Object.keys(b).length && keys.every((k) => Object.is(a[k], b[k]));
}

/**
 * A live read that keeps out of the way of the screen's writes: pause() stops
 * it, and it starts again once `quietMs` passed without another pause(). Each
 * start reads anew, so nothing written in the meantime is missed.
 */
function quietWatch<T>(
  read: () => Promise<T>,
  onValue: (value: T) => void,
  quietMs: number,
): { pause: () => void; stop: () => void } {
  let unsubscribe: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const start = () => {
    unsubscribe = watch(read, onValue, () => undefined);
  };
  const stop = () => {
    unsubscribe?.();
    unsubscribe = null;
    clearTimeout(timer);
  };
  start();
  return {
    pause() {
      stop();
      timer = setTimeout(start, quietMs);
    },
    stop,
  };
}

/**
 * Holds an assessment's answers and next steps on screen, writes each change
 * as the fields it touched, and follows the database: what another tab saves
 * shows here, except in a field this screen owns (a write of it in flight or
 * failed, or its input focused). "gespeichert" shows only after IndexedDB
 * committed every write of that criterion.
 *
 * A read right after the screen's own write mostly finds what the screen
 * shows already, and would compete with the next tap or keystroke: while the
 * screen writes, following waits, and it catches up CATCH_UP_MS after the last
 * write landed.
 */
export function useAnswers(assessmentId: string, initial: InitialEntries) {
  const [assessment, setAssessment] = useState(initial.assessment);
  const [answers, setAnswers] = useState<ReadonlyMap<string, AnswerFields>>(() =>
    storedFields(assessmentId, initial),
  );
  const [statuses, setStatuses] = useState<ReadonlyMap<string, SaveStatus>>(new Map());
  const latest = useRef(answers);
  const stored = useRef(storedFields(assessmentId, initial));
  const issued = useRef(new Map<string, number>());
  const finished = useRef(0);
  // Per "criterion/field": writes in flight, and inputs that have focus.
  const inFlight = useRef(new Map<string, number>());
  const focused = useRef(new Set<string>());
  // Fields whose write failed and was not yet written again, per criterion:
  // every later write of that criterion carries them too.
  const unsaved = useRef(new Map<string, Set<Field>>());
  const mounted = useRef(true);
  const live = useRef<{ pause: () => void } | null>(null);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const actions = useMemo(() => {
    const key = (criterionId: string, field: Field) => `${criterionId}/${field}`;
    const owned = (criterionId: string, field: Field) =>
      (inFlight.current.get(key(criterionId, field)) ?? 0) > 0 ||
      focused.current.has(key(criterionId, field)) ||
      Boolean(unsaved.current.get(criterionId)?.has(field));

    const show = (next: Map<string, AnswerFields>) => {
      latest.current = next;
      setAnswers(next);
    };

    /**
     * Takes every field the screen does not own from the database's latest
     * values: of one criterion (whose write landed or input lost focus), or of all.
     */
    const follow = (only?: string) => {
      const next = new Map(latest.current);
      let changed = false;
      const ids = only ? [only] : new Set([...stored.current.keys(), ...latest.current.keys()]);
      for (const criterionId of ids) {
        const from = stored.current.get(criterionId);
        let fields = next.get(criterionId) ?? {};
        for (const field of ['rating', 'note', ...STEP_FIELDS] as const) {
          if (owned(criterionId, field)) continue;
          // A "who" or date without a text is not stored yet: the screen keeps it.
          if ((field === 'who' || field === 'due') && !from?.step) continue;
          const value = read(from, field) || undefined;
          const mark = field === 'rating' ? from?.carried : undefined;
          if (
            value !== (read(fields, field) || undefined) ||
            (field === 'rating' && mark !== fields.carried)
          ) {
            fields = withField(fields, field, value, mark);
            changed = true;
          }
        }
        next.set(criterionId, fields);
      }
      if (changed) show(next);
    };

    const setStatus = (criterionId: string, status: SaveStatus) =>
      setStatuses((prev) => new Map(prev).set(criterionId, status));

    const write = (criterionId: string, touched: readonly Field[]) => {
      const fields = new Set<Field>(touched);
      for (const f of unsaved.current.get(criterionId) ?? []) fields.add(f);
      const ticket = (issued.current.get(criterionId) ?? 0) + 1;
      issued.current.set(criterionId, ticket);
      live.current?.pause();
      const screen = latest.current.get(criterionId) ?? {};
      const step = screen.step ?? NO_STEP;
      const writes: Promise<Outcome<void>>[] = [];
      if (fields.has('rating') || fields.has('note')) {
        writes.push(
          saveAnswer({
            assessmentId,
            criterionId,
            ...(fields.has('rating') ? { rating: screen.rating ?? null } : {}),
            ...(fields.has('note') ? { note: screen.note ?? '' } : {}),
          }),
        );
      }
      const stepFields = STEP_FIELDS.filter((f) => fields.has(f));
      if (stepFields.length > 0) {
        writes.push(
          saveStep({
            assessmentId,
            criterionId,
            ...Object.fromEntries(stepFields.map((f) => [f, step[f]])),
            whenNew: step,
          }),
        );
      }
      const count = (delta: 1 | -1) => {
        for (const f of fields) {
          const k = key(criterionId, f);
          inFlight.current.set(k, (inFlight.current.get(k) ?? 0) + delta);
        }
      };
      count(1);
      // The screen renders "wird gespeichert" only after the write is issued:
      // IndexedDB works on it meanwhile, instead of after the render.
      setStatus(criterionId, { state: 'saving', seq: finished.current });
      const land = () => {
        count(-1);
        finished.current += 1;
        live.current?.pause();
      };
      void Promise.all(writes).then((outcomes) => {
        land();
        const failed = outcomes.find((o) => !o.ok);
        if (failed && !failed.ok) {
          unsaved.current.set(
            criterionId,
            new Set([...(unsaved.current.get(criterionId) ?? []), ...fields]),
          );
          const problem = failed.error;
          // The screen is gone (the user moved on): say it where they are now.
          if (!mounted.current) reportStorageProblem(problem);
          if (issued.current.get(criterionId) === ticket) {
            setStatus(criterionId, {
              state: 'error',
              seq: finished.current,
              problem,
              message: describeStorageProblem(problem),
            });
          }
          return;
        }
        const left = unsaved.current.get(criterionId);
        for (const f of fields) left?.delete(f);
        // What was just committed is now the database's value of these fields.
        let from = stored.current.get(criterionId) ?? {};
        for (const f of fields) from = withField(from, f, read(screen, f));
        stored.current.set(criterionId, from);
        follow(criterionId);
        if (issued.current.get(criterionId) === ticket && !left?.size) {
          setStatus(criterionId, { state: 'saved', seq: finished.current });
        }
      });
    };

    return {
      /** Changes the fields a user touched on screen and writes those fields only. */
      update(criterionId: string, change: FieldChange) {
        let fields = latest.current.get(criterionId) ?? {};
        const touched = Object.keys(change) as Field[];
        for (const f of touched) fields = withField(fields, f, change[f]);
        const next = new Map(latest.current).set(criterionId, fields);
        // The write takes the new values from latest, and is issued before
        // the screen renders them.
        latest.current = next;
        write(criterionId, touched);
        show(next);
      },
      /** Writes a criterion's unsaved fields again after a failure. */
      retry(criterionId: string) {
        write(criterionId, [...(unsaved.current.get(criterionId) ?? [])]);
      },
      /** An input of the screen took or lost focus: while focused, its field keeps its text. */
      focus(criterionId: string, field: Field, on: boolean) {
        if (on) focused.current.add(key(criterionId, field));
        else {
          focused.current.delete(key(criterionId, field));
          follow(criterionId);
        }
      },
      /** The database's latest entries (from the live read). */
      receive(entries: StoredEntries) {
        stored.current = storedFields(assessmentId, entries);
        follow();
      },
    };
  }, [assessmentId]);

  useEffect(() => {
    const read = quietWatch(
      () => readAssessmentEntries(assessmentId),
      (entries) => {
        if (!entries) return;
        // Renders only when something changed.
        setAssessment((shown) => (sameRow(shown, entries.assessment) ? shown : entries.assessment));
        actions.receive(entries);
      },
      CATCH_UP_MS,
    );
    live.current = read;
    return () => {
      live.current = null;
      read.stop();
    };
  }, [assessmentId, actions]);

  return {
    assessment,
    answers,
    statuses,
    update: actions.update,
    retry: actions.retry,
    focus: actions.focus,
  };
}
