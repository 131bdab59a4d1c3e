import { de } from '../../messages/de';
import type { QueryState } from '../hooks/use-query';
import type { ComponentChildren } from 'preact';
import { describeStorageError } from '../storage-messages';

/** Shows a query's loading and error states; renders children once ready. */
export function Loaded<T>({
  state,
  children,
}: {
  state: QueryState<T>;
  children: (value: T) => ComponentChildren;
}) {
  if (state.status === 'loading')
    return (
      <p class="muted" role="status">
        {de.app.loading}
      </p>
    );
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        {describeStorageError(state.error)}
      </p>
    );
  return <>{children(state.value)}</>;
}
