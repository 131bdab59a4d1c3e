import { useEffect, useState } from 'preact/hooks';
import { watch } from '../../actions/live';
import { problemOf, type StorageProblem } from '../../actions/outcome';

/** A read of the application layer as screen state: loading, its value, or the problem. */
export type QueryState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: StorageProblem };

// While a read runs again (deps changed), the screen keeps showing the last
// value instead of flashing "loading"; the shell remounts screens whose subject
// (club, assessment) changes, so a kept value always belongs to the screen.

/** Binds a live read to a component; re-runs when the data or deps change. */
export function useLiveQuery<T>(read: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    return watch(
      read,
      (value) => setState({ status: 'ready', value }),
      (error) => setState({ status: 'error', error }),
    );
  }, deps);
  return state;
}

/** Runs a read once per change of deps (no live updates: for screens that edit locally). */
export function useOnce<T>(read: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    read().then(
      (value) => alive && setState({ status: 'ready', value }),
      (error: unknown) => alive && setState({ status: 'error', error: problemOf(error) }),
    );
    return () => {
      alive = false;
    };
  }, deps);
  return state;
}
