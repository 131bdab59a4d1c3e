import { useEffect, useState } from 'preact/hooks';
import { observe } from '../../storage/observe';

/** A storage read as screen state: loading, its value, or the error. */
export type QueryState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: unknown };

// While a read runs again (deps changed), the screen keeps showing the last
// value instead of flashing "loading"; the shell remounts screens whose subject
// (club, assessment) changes, so a kept value always belongs to the screen.

/** Binds a live storage read to a component; re-runs when the data or deps change. */
export function useLiveQuery<T>(read: () => Promise<T>, deps: readonly unknown[]): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  useEffect(() => {
    return observe(
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
      (error: unknown) => alive && setState({ status: 'error', error }),
    );
    return () => {
      alive = false;
    };
  }, deps);
  return state;
}
