import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { problemOf, type Outcome, type StorageProblem } from '../../actions/outcome';
import { describeStorageProblem } from '../storage-messages';

export type { Outcome };

/** The one line a screen shows about its last action: news, or an error. */
export interface ActionStatus {
  kind: 'status' | 'alert';
  text: string;
}

/** How a screen words one action: while it runs, when it worked, when it did not. */
export interface ActionWords<T, E> {
  busy?: string;
  done?: (value: T) => string | null;
  failed: (error: E) => string;
  /** A use case that threw (a storage failure it did not expect): its words; the storage message by default. */
  thrown?: (problem: StorageProblem) => string;
}

/**
 * Runs a screen's use cases: owns the busy state and the status line, so no
 * screen has a try/catch of its own. The status line belongs in a
 * <StatusLine>, whose live regions are always on the page.
 */
export function useAction() {
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<ActionStatus | null>(null);
  const alive = useRef(true);
  useEffect(
    () => () => {
      alive.current = false;
    },
    [],
  );

  const run = useCallback(
    async <T, E>(
      action: () => Promise<Outcome<T, E>>,
      words: ActionWords<T, E>,
    ): Promise<Outcome<T, E> | null> => {
      setBusy(words.busy ?? '');
      setStatus(words.busy ? { kind: 'status', text: words.busy } : null);
      let outcome: Outcome<T, E> | null = null;
      let text: ActionStatus | null;
      try {
        outcome = await action();
        if (outcome.ok) {
          const done = words.done?.(outcome.value) ?? null;
          text = done ? { kind: 'status', text: done } : null;
        } else {
          text = { kind: 'alert', text: words.failed(outcome.error) };
        }
      } catch (error) {
        const problem = problemOf(error);
        text = { kind: 'alert', text: (words.thrown ?? describeStorageProblem)(problem) };
      }
      if (alive.current) {
        setBusy(null);
        setStatus(text);
      }
      return outcome;
    },
    [],
  );

  return { busy, status, run, setStatus };
}
