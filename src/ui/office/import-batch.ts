import type { AnonymousFile } from '../../domain/anonymous';
import { readAnonymousFile } from '../../files/anonymous-file';
import { storeOfficeFiles } from '../../storage/office-files';
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
  const read = await Promise.all(files.map((file) => readAnonymousFile(file)));
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
