import { buildReportModel, type ReportData } from '../domain/report';
import { buildReportPdf } from './build-report';
import { fetchReportFonts } from './fonts';
import type { PdfWords } from './words';

// The lazy entry of the PDF report: the UI imports this module with a dynamic
// import(), so jsPDF and the fonts load only when someone makes a PDF.

/** Makes the PDF of one assessment as a Blob; today is YYYY-MM-DD. */
export async function makeReportPdf(
  data: ReportData,
  today: string,
  words: PdfWords,
): Promise<Blob> {
  const fonts = await fetchReportFonts(words.dir === 'rtl' ? 'arabic' : 'latin');
  const bytes = buildReportPdf(buildReportModel(data, today), fonts, today, words);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
