import type { AnonymousFile } from '../../domain/anonymous';
import { checkAgainstEditions, readAnonymousFile } from '../../files/anonymous-file';
import { loadOfficeEditions, storeOfficeFiles } from '../../storage/office-files';
import { describeFileProblem } from '../file-problems';

// A batch of picked or dropped files: every file is read and validated on its
// own, in memory; then all valid new ones are written in one transaction. A bad
// file never blocks the good ones and is never stored in part. The file checks
// (zod) are imported statically: this module only loads with the lazy office
// screen, whose first action is an import.

/** The outcome of one file of a batch. */
export type FileReport =
  | { name: string; outcome: 'added' | 'already' }
  | { name: string; outcome: 'rejected'; reason: string };

/** Validates every file, stores the valid new ones together, reports per file in order. */
export async function importBatch(files: readonly File[]): Promise<FileReport[]> {
  const parsed = await Promise.all(files.map((file) => readAnonymousFile(file)));
  // A file may rate only the criteria of its edition, when that edition is here.
  const here = parsed.some((r) => r.ok) ? (await loadOfficeEditions()).editions : [];
  const read = parsed.map((r) => (r.ok ? checkAgainstEditions(r.value, here) : r));
  const valid: AnonymousFile[] = read.flatMap((r) => (r.ok ? [r.value] : []));
  const stored = await storeOfficeFiles(valid);
  // Only the first file with an id is added; a later one with the same id is "already there".
  const toClaim = new Set(stored.added);
  return read.map((result, i): FileReport => {
    const name = files[i]?.name ?? '';
    if (!result.ok) return { name, outcome: 'rejected', reason: describeFileProblem(result) };
    const added = toClaim.delete(result.value.fileId);
    return { name, outcome: added ? 'added' : 'already' };
  });
}

/** How many files had each outcome. */
export function countOutcomes(reports: readonly FileReport[]) {
  const counts = { added: 0, already: 0, rejected: 0 };
  for (const r of reports) counts[r.outcome] += 1;
  return counts;
}
