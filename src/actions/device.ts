// The device's storage as the shell and the settings see it: whether the
// database is being upgraded, problems that concern the whole database, space,
// persistence, and whether writes are still in flight (an app update waits).
export { isUpgrading, onUpgrading } from '../storage/upgrade-status';
export {
  onStorageProblem,
  onStorageProblemResolved,
  reportStorageProblem,
} from '../storage/errors';
export { watchSpace, readStorageStatus, type StorageStatus } from '../storage/persistence';
export { acknowledgeDatabaseLost } from '../storage/database-loss';
export { allWritesSettled } from '../storage/pending-writes';
import { requestPersistence } from '../storage/persistence';
import { attempt, type Outcome } from './outcome';

/** Asks the browser to keep the data when space runs short; true if granted. */
export function keepDataOnDevice(): Promise<Outcome<boolean>> {
  return attempt(requestPersistence);
}

export { markSaid, readLanguageChoice, saveLanguageChoice, wasSaid } from '../storage/language';
