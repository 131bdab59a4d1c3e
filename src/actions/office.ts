// The Integrationsbüro's view: taking in anonymous files, the figures read
// from them, exporting a selection as CSV or as a short PDF report, and
// deleting files. Files are read and checked in memory, one by one; only valid
// new ones are stored, all in one transaction.
import {
  prepareOfficeData,
  type OfficeData,
  type OfficeFilter,
  type OfficeSummary,
} from '../domain/aggregation';
import type { AnonymousFile } from '../domain/anonymous';
import type { Edition } from '../domain/edition-schema';
import { toIsoDate } from '../domain/dates';
import { checkAgainstEditions, readAnonymousFile } from '../files/anonymous-file';
import { downloadBlob } from '../files/deliver';
import { buildOfficeCsv, officeCsvName, type OfficeCsvWords } from '../files/office-csv';
import type { FileRefusal } from '../files/problems';
import type { PdfWords } from '../pdf/words';
import type { StoredOfficeFile } from '../storage/office-db';
import {
  deleteAllOfficeFiles as removeAll,
  deleteOfficeFile as remove,
  listOfficeFiles,
  loadOfficeEditions,
  storeOfficeFiles,
} from '../storage/office-files';
import { attempt, type Outcome } from './outcome';

export type { FileRefusal, OfficeCsvWords, StoredOfficeFile };

/** What the view shows: the stored files, newest import first, counted into cells. */
export interface OfficeView {
  files: StoredOfficeFile[];
  data: OfficeData;
  /** The shipped edition: its scale draws the values over time. */
  shipped: Edition;
}

/**
 * The view's one read (a live read): the files, and the editions on the device
 * they are read against. Both reads start at once, inside the live query.
 * `texts` gives each edition in the language the view is shown in; ids and
 * lights stay as they are, so only the areas' and statements' words change.
 */
export async function readOfficeView(
  texts: (edition: Edition) => Edition = (edition) => edition,
): Promise<OfficeView> {
  const [files, { editions, shipped }] = await Promise.all([
    listOfficeFiles(),
    loadOfficeEditions(),
  ]);
  const data = prepareOfficeData(
    files.map((row) => row.file),
    editions.map(texts),
    texts(shipped),
  );
  return { files, data, shipped };
}

/** What became of one file of a batch, by the name it was picked under. */
export type ImportReport =
  | { name: string; outcome: 'added' | 'already' }
  | { name: string; outcome: 'rejected'; refusal: FileRefusal };

/**
 * Reads and checks every file on its own, stores the valid new ones together,
 * and reports on each file in the order given. A bad file never blocks the
 * good ones and is never stored in part; a file name is never stored.
 */
export function importAnonymousFiles(
  files: readonly File[],
  now = new Date(),
): Promise<Outcome<ImportReport[]>> {
  return attempt(async () => {
    const parsed = await Promise.all(files.map((file) => readAnonymousFile(file)));
    // A file may rate only the criteria of its edition, when that edition is here.
    const here = parsed.some((r) => r.ok) ? (await loadOfficeEditions()).editions : [];
    const read = parsed.map((r) => (r.ok ? checkAgainstEditions(r.value, here) : r));
    const valid: AnonymousFile[] = read.flatMap((r) => (r.ok ? [r.value] : []));
    const stored = await storeOfficeFiles(valid, now);
    // Only the first file with an id is added; a later one with the same id is "already there".
    const toClaim = new Set(stored.added);
    return read.map((result, i): ImportReport => {
      const name = files[i]?.name ?? '';
      if (!result.ok) return { name, outcome: 'rejected', refusal: result };
      return { name, outcome: toClaim.delete(result.value.fileId) ? 'added' : 'already' };
    });
  });
}

/** How many files of a batch had each outcome. */
export function countOutcomes(reports: readonly ImportReport[]) {
  const counts = { added: 0, already: 0, rejected: 0 };
  for (const r of reports) counts[r.outcome] += 1;
  return counts;
}

/** The figures of one selection, as shown. */
export interface OfficeSelection {
  data: OfficeData;
  summary: OfficeSummary;
  filter: OfficeFilter;
}

/** Downloads the selection's table as CSV; the value is the file's name. */
export async function exportOfficeCsv(
  selection: OfficeSelection,
  words: OfficeCsvWords,
): Promise<Outcome<string, 'deliver-failed'>> {
  const { data, summary, filter } = selection;
  try {
    const text = buildOfficeCsv(data, summary, words);
    const fileName = officeCsvName(data, filter);
    downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
    return { ok: true, value: fileName };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}

/**
 * Downloads the selection's short report as PDF; the value is the file's
 * name. jsPDF and the fonts load here, with the first PDF.
 */
export async function makeOfficeSummary(
  selection: OfficeSelection,
  words: PdfWords,
  now = new Date(),
): Promise<Outcome<string, 'make-failed'>> {
  try {
    const { makeOfficeSummaryPdf } = await import('../pdf/make-office-summary');
    const blob = await makeOfficeSummaryPdf(selection, toIsoDate(now), words);
    const fileName = officeCsvName(selection.data, selection.filter).replace(/\.csv$/, '.pdf');
    downloadBlob(blob, fileName);
    return { ok: true, value: fileName };
  } catch {
    return { ok: false, error: 'make-failed' };
  }
}

/** Deletes one imported file. */
export function deleteOfficeFile(fileId: string): Promise<Outcome<void>> {
  return attempt(() => remove(fileId));
}

/** Deletes every imported file; the clubs' data is in another database and stays. */
export function deleteAllOfficeFiles(): Promise<Outcome<void>> {
  return attempt(() => removeAll());
}
