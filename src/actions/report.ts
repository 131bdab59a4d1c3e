// The PDF report of one assessment: read it with everything the report shows
// (in one read transaction), draw the PDF and hand it over, as a download or
// through the share sheet. jsPDF and the fonts load here with a dynamic
// import() on the first report, so no screen's code carries them.
import { toIsoDate } from '../domain/dates';
import { reportFileName, type ReportData } from '../domain/report';
import { localizeEdition } from '../domain/edition-language';
import type { Edition } from '../domain/edition-schema';
import { canShareFile, deliverFile, type Delivery } from '../files/deliver';
import type { PdfWords } from '../pdf/words';
import { loadReportData, type ReportLoad } from '../storage/report';
import { namedStorageFailure, type StorageFailure } from './failure';
import type { Outcome } from './outcome';

export type { Delivery };

/** The words a report is made with: the PDF's, and the share sheet's title. */
export interface ReportWords {
  pdf: PdfWords;
  /** The language's id, for the statements' texts (an edition of format 3 carries them). */
  language: string;
  /** The title for the report of a club's assessment of a date (YYYY-MM-DD). */
  title: (clubName: string, date: string) => string;
}

/** A file handed over: how, and under which name. */
export interface Delivered {
  delivery: Delivery;
  fileName: string;
}

/** Why no report was made: the assessment or its edition is gone, drawing failed, or storage did. */
export type ReportError =
  { code: 'not-found' } | { code: 'edition-missing' } | { code: 'make-failed' } | StorageFailure;

/** True when this browser can hand a PDF to the share sheet. */
export function canShareReport(): boolean {
  return canShareFile(new File([], 'ampelbogen.pdf', { type: 'application/pdf' }));
}

/** Makes the PDF of an assessment and shares it (where asked and possible) or downloads it. */
export async function makeReport(
  assessmentId: string,
  share: boolean,
  words: ReportWords,
  now = new Date(),
): Promise<Outcome<Delivered, ReportError>> {
  let loaded: ReportLoad;
  try {
    loaded = await loadReportData(assessmentId);
  } catch (error) {
    return { ok: false, error: namedStorageFailure(error) ?? { code: 'make-failed' } };
  }
  if (!loaded.ok) return { ok: false, error: { code: loaded.reason } };
  // The statements in the report's language, where the edition has them.
  const inLanguage = (edition: Edition) => localizeEdition(edition, words.language).edition;
  const data: ReportData = {
    ...loaded.data,
    edition: inLanguage(loaded.data.edition),
    history: loaded.data.history.map((h) => ({ ...h, edition: inLanguage(h.edition) })),
  };
  try {
    const { makeReportPdf } = await import('../pdf/make-report');
    const blob = await makeReportPdf(data, toIsoDate(now), words.pdf);
    const fileName = reportFileName(data.assessment.date, data.club.name);
    const title = words.title(data.club.name, data.assessment.date);
    const delivery = await deliverFile(blob, fileName, { share, title });
    return { ok: true, value: { delivery, fileName } };
  } catch {
    return { ok: false, error: { code: 'make-failed' } };
  }
}
