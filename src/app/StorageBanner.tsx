import { useEffect, useState } from 'preact/hooks';
import {
  acknowledgeDatabaseLost,
  onStorageProblem,
  onStorageProblemResolved,
  watchSpace,
} from '../actions/device';
import type { StorageProblem } from '../actions/outcome';
import { t } from '../locale';
import { paths } from '../ui/paths';
import { describeStorageProblem } from '../ui/storage-messages';

/**
 * Database-wide problems (another tab upgrading, blocked upgrade, data deleted
 * by the browser) in plain words, and a calm early warning when little space
 * is left, with the way to a backup.
 */
export function StorageBanner() {
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const [lowSpace, setLowSpace] = useState(false);
  const [spaceSeen, setSpaceSeen] = useState(false);
  useEffect(() => onStorageProblem(setProblem), []);
  useEffect(
    () => onStorageProblemResolved((over) => setProblem((now) => (now === over ? null : now))),
    [],
  );
  useEffect(() => watchSpace(setLowSpace), []);
  const toBackup = problem === 'database-lost' || problem === 'quota';
  return (
    <>
      {problem && (
        <div class="banner warning" role="alert">
          <p>{describeStorageProblem(problem)}</p>
          <div class="actions">
            {toBackup && (
              <a class="button" href={paths.settings()}>
                {t.storage.toBackup}
              </a>
            )}
            <button
              type="button"
              class="button"
              onClick={() => {
                if (problem === 'database-lost') acknowledgeDatabaseLost();
                setProblem(null);
              }}
            >
              {t.storage.dismiss}
            </button>
          </div>
        </div>
      )}
      {lowSpace && !spaceSeen && !problem && (
        <div class="banner" role="status">
          <p>{t.storage.lowSpace}</p>
          <div class="actions">
            <a class="button" href={paths.settings()}>
              {t.storage.toBackup}
            </a>
            <button type="button" class="button" onClick={() => setSpaceSeen(true)}>
              {t.storage.dismiss}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
