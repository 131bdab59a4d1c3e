import { buildOfficeSummaryPdf, type OfficeSummaryInput } from './office-summary';
import { fetchReportFonts } from './fonts';
import type { PdfWords } from './words';

// The lazy entry of the office summary: jsPDF and the fonts load only when the
// Integrationsbüro asks for the PDF.

/** The summary PDF of the figures shown, as a Blob; today is YYYY-MM-DD. */
export async function makeOfficeSummaryPdf(
  input: OfficeSummaryInput,
  today: string,
  words: PdfWords,
): Promise<Blob> {
  const bytes = buildOfficeSummaryPdf(input, await fetchReportFonts(), today, words);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
