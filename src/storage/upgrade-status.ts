// Whether the database is being upgraded to a newer schema right now. An
// upgrade of many assessments takes a moment at start, and the loading text
// says so instead of a bare "Wird geladen …". db.ts reports; the UI listens.

type Listener = (upgrading: boolean) => void;
const listeners = new Set<Listener>();
let upgrading = false;

/** True from the first upgrade step until the upgrade transaction has ended. */
export function isUpgrading(): boolean {
  return upgrading;
}

/** Calls the listener whenever an upgrade begins or ends; returns the unsubscribe. */
export function onUpgrading(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Reports that an upgrade began (true) or ended, committed or not (false). */
export function reportUpgrading(value: boolean): void {
  if (value === upgrading) return;
  upgrading = value;
  for (const listener of listeners) listener(value);
}
