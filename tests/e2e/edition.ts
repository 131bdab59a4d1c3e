import { readFileSync } from 'node:fs';

// The edition the app ships, read from the source tree so that the tests name
// areas and criteria by the same words the user sees; and its first version,
// which devices of earlier app versions hold.

export interface EditionData {
  id: string;
  version: number;
  title: string;
  areas: {
    id: string;
    title: string;
    criteria: { id: string; text: string; ideas?: string[] }[];
  }[];
  [key: string]: unknown;
}

const file = new URL('../../src/domain/editions/ni-ampelbogen-v3.json', import.meta.url);
const firstFile = new URL('../../src/domain/editions/ni-ampelbogen-v1.json', import.meta.url);

/** A fresh copy of the shipped edition's JSON, safe to change in a test. */
export function readShippedEdition(): EditionData {
  return JSON.parse(readFileSync(file, 'utf8')) as EditionData;
}

export const shipped = readShippedEdition();

/** The first shipped edition (version 1, without ideas), as earlier app versions stored it. */
export const firstShipped = JSON.parse(readFileSync(firstFile, 'utf8')) as EditionData;

/** How many criteria the shipped edition has in all. */
export const totalCriteria = shipped.areas.reduce((n, a) => n + a.criteria.length, 0);

/** Area n (0-based) of the shipped edition. */
export function area(index: number): EditionData['areas'][number] {
  const found = shipped.areas[index];
  if (!found) throw new Error(`The shipped edition has no area ${index + 1}.`);
  return found;
}

/** The text of criterion k (0-based) in area n (0-based). */
export function criterion(areaIndex: number, index: number): string {
  const found = area(areaIndex).criteria[index];
  if (!found) throw new Error(`Area ${areaIndex + 1} has no criterion ${index + 1}.`);
  return found.text;
}
