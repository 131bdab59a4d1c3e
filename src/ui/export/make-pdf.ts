import { toIsoDate } from '../../domain/dates';
import { reportFileName } from '../../domain/report';
import { deliverFile, type Delivery } from '../../files/deliver';
import { loadReportData } from '../../storage/report';
import { makeReportPdf } from '../../pdf/make-report';
import { activeWords, fmt, tf } from '../../locale';

// The work behind the PDF button, loaded with it on first use: read the
// assessment, build the PDF (jsPDF and the font) and hand the file over.

export type PdfOutcome =
  | { ok: true; delivery: Delivery; fileName: string }
  | { ok: false; reason: 'not-found' | 'edition-missing' };

/** Makes the PDF of an assessment and shares or downloads it. */
export async function makeAndDeliverPdf(assessmentId: string, share: boolean): Promise<PdfOutcome> {
  const loaded = await loadReportData(assessmentId);
  if (!loaded.ok) return loaded;
  const { data } = loaded;
  const blob = await makeReportPdf(data, toIsoDate(new Date()), activeWords());
  const fileName = reportFileName(data.assessment.date, data.club.name);
  const delivery = await deliverFile(blob, fileName, {
    share,
    title: tf().report.docTitle(data.club.name, fmt.date(data.assessment.date)),
  });
  return { ok: true, delivery, fileName };
}
