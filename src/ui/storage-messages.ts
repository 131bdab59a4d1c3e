import { classifyStorageError, type StorageProblem } from '../storage/errors';
import { de } from '../messages/de';

const TEXT: Record<StorageProblem, string> = {
  quota: de.storage.quota,
  blocked: de.storage.blocked,
  'version-change': de.storage.versionChange,
  closed: de.storage.closed,
  'database-lost': de.storage.databaseLost,
  unavailable: de.storage.unavailable,
  'write-failed': de.storage.writeFailed,
  'edition-missing': de.storage.editionMissing,
};

/** The German message for a storage problem. */
export function describeStorageProblem(problem: StorageProblem): string {
  return TEXT[problem];
}

/** The German message for any error a storage call threw. */
export function describeStorageError(error: unknown): string {
  return TEXT[classifyStorageError(error)];
}
