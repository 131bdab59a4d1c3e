import { useEffect, useState } from 'preact/hooks';
import { t } from '../../locale';
import { isUpgrading, onUpgrading } from '../../actions/device';
import type { QueryState } from '../hooks/use-query';
import type { ComponentChildren } from 'preact';
import { describeStorageProblem } from '../storage-messages';

/**
 * "Wird geladen …", or, while the database is upgraded to a new schema (a
 * moment with many assessments), that the data is being converted. A live
 * region, so a screen reader says when the text changes.
 */
export function LoadingStatus() {
  const [upgrading, setUpgrading] = useState(isUpgrading);
  useEffect(() => {
    setUpgrading(isUpgrading());
    return onUpgrading(setUpgrading);
  }, []);
  return (
    <p class="muted" role="status">
      {upgrading ? t.app.upgrading : t.app.loading}
    </p>
  );
}

/** Shows a query's loading and error states; renders children once ready. */
export function Loaded<T>({
  state,
  children,
}: {
  state: QueryState<T>;
  children: (value: T) => ComponentChildren;
}) {
  if (state.status === 'loading') return <LoadingStatus />;
  if (state.status === 'error')
    return (
      <p role="alert" class="error">
        {describeStorageProblem(state.error)}
      </p>
    );
  return <>{children(state.value)}</>;
}
