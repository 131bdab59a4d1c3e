// What the app's two databases (the clubs' in db.ts, the office's in
// office-db.ts) do alike: every read-write transaction is tracked until it
// ends (pending-writes.ts), and a tab steps aside when another one opens a
// newer schema.
import type Dexie from 'dexie';
import { markVersionChanged, reportStorageProblem } from './errors';
import { trackWrites } from './pending-writes';

/** Installs write tracking and the version-change handlers; call in the constructor. */
export function prepareConnection(db: Dexie): void {
  db.use(trackWrites);
  // Another tab wants a newer schema: step aside so it can upgrade, and tell
  // the user to reload. Calls from now on fail as "version-change".
  db.on('versionchange', () => {
    markVersionChanged();
    db.close();
    reportStorageProblem('version-change');
    return false;
  });
  db.on('blocked', () => reportStorageProblem('blocked'));
}
