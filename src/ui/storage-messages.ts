import type { StorageProblem } from '../actions/outcome';
import { t } from '../locale';

const text = (): Record<StorageProblem, string> => ({
  quota: t.storage.quota,
  blocked: t.storage.blocked,
  'version-change': t.storage.versionChange,
  closed: t.storage.closed,
  'database-lost': t.storage.databaseLost,
  unavailable: t.storage.unavailable,
  'write-failed': t.storage.writeFailed,
  'edition-missing': t.storage.editionMissing,
});

/** The German message for a storage problem. */
export function describeStorageProblem(problem: StorageProblem): string {
  return text()[problem];
}
