import { jsPDF } from 'jspdf';

// What every PDF of the app starts from: an A4 page in millimetres with the
// embedded Unicode font, regular and bold.

/** The TrueType fonts a PDF embeds (jsPDF keeps only the glyphs used). */
export interface ReportFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** The family name the fonts are registered under. */
export const FONT = 'OpenSans';

/** An empty A4 document with the fonts registered. */
export function createA4Document(fonts: ReportFonts, lang: string): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS('OpenSans-Regular.ttf', toBinaryString(fonts.regular));
  doc.addFileToVFS('OpenSans-Bold.ttf', toBinaryString(fonts.bold));
  doc.addFont('OpenSans-Regular.ttf', FONT, 'normal');
  doc.addFont('OpenSans-Bold.ttf', FONT, 'bold');
  doc.setLanguage(lang as Parameters<jsPDF['setLanguage']>[0]);
  return doc;
}

/** jsPDF's virtual file system takes a binary string; built in chunks to spare the stack. */
function toBinaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}
