// Small facts about this device's data, in the "meta" table as key/value rows.
import { getDb } from './db';

export type MetaKey = 'defaultEdition' | 'persistenceAsked' | 'lastBackupAt';

/** Reads one fact. */
export async function getMeta(key: MetaKey): Promise<string | number | boolean | undefined> {
  return (await getDb().meta.get(key))?.value;
}

/** Writes one fact. */
export async function setMeta(key: MetaKey, value: string | number | boolean): Promise<void> {
  await getDb().meta.put({ key, value });
}
