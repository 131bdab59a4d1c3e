import { buildOfficeSummaryPdf, type OfficeSummaryInput } from './office-summary';
import { fetchReportFonts } from './fonts';

// The lazy entry of the office summary: jsPDF and the fonts load only when the
// Integrationsbüro asks for the PDF.

/** The summary PDF of the figures shown, as a Blob; today is YYYY-MM-DD. */
export async function makeOfficeSummaryPdf(
  input: OfficeSummaryInput,
  today: string,
): Promise<Blob> {
  const bytes = buildOfficeSummaryPdf(input, await fetchReportFonts(), today);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
