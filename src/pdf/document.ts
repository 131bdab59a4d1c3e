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

/** The A4 page width in mm, the axis a right-to-left page mirrors around. */
const PAGE_WIDTH = 210;

/** Documents written right to left: their text and symbols are placed mirrored. */
const rightToLeft = new WeakSet<jsPDF>();
/** Documents drawing a part that keeps left to right (a chart over time) just now. */
const leftToRightPart = new WeakSet<jsPDF>();

/** Whether x positions of this document are mirrored now (right to left, outside a chart). */
export function isMirrored(doc: jsPDF): boolean {
  return rightToLeft.has(doc) && !leftToRightPart.has(doc);
}

/** The left edge of a box w wide whose left edge the layout puts at x. */
export function placeX(doc: jsPDF, x: number, w = 0): number {
  return isMirrored(doc) ? PAGE_WIDTH - x - w : x;
}

/** Draws a part that keeps its left-to-right layout on a right-to-left page, such as a chart over time. */
export function leftToRight(doc: jsPDF, draw: () => void): void {
  leftToRightPart.add(doc);
  try {
    draw();
  } finally {
    leftToRightPart.delete(doc);
  }
}

/**
 * Makes a document write right to left: each text is placed at the mirrored
 * x with its alignment turned, and jsPDF's bidi engine shapes and orders it
 * (Arabic letters joined, Latin names and numbers kept left to right inside).
 * The layout code stays the same for both directions.
 */
function writeRightToLeft(doc: jsPDF): void {
  rightToLeft.add(doc);
  dropMarksOnceOrdered(doc);
  const text = doc.text.bind(doc);
  const turned = { left: 'right', right: 'left', center: 'center', justify: 'justify' } as const;
  doc.text = ((
    content: string | string[],
    x: number,
    y: number,
    options?: Record<string, unknown>,
  ) => {
    // Every text of the page is ordered right to left (numbers and Latin names
    // stay left to right inside it, brackets turn with the direction); only
    // outside a chart does it also move to the mirrored place.
    const bidi = {
      isInputVisual: false,
      isOutputVisual: true,
      isInputRtl: true,
      isOutputRtl: false,
      isSymmetricSwapping: true,
    };
    const shaped = apartFromPunctuation(content);
    if (!isMirrored(doc)) return text(shaped, x, y, { ...options, ...bidi });
    const align = (options?.align as keyof typeof turned | undefined) ?? 'left';
    return text(shaped, PAGE_WIDTH - x, y, { ...options, ...bidi, align: turned[align] });
  }) as jsPDF['text'];
}

/**
 * jsPDF's Arabic shaper takes the Arabic comma, semicolon and question mark
 * for letters, so the letter before one joins towards it ("مجال،" would end in
 * an initial lam). A zero-width non-joiner between them keeps the word's
 * last letter in its final or isolated form; it is dropped with the marks.
 */
function apartFromPunctuation(content: string | string[]): string | string[] {
  const apart = (line: string) =>
    line.replace(/(\p{Script=Arabic})(?=[\u060c\u061b\u061f])/gu, '$1\u200c');
  return typeof content === 'string' ? apart(content) : content.map(apart);
}

/**
 * A Latin name in right-to-left text: a left-to-right mark after it keeps its
 * closing full stop ("e. V.") at its end instead of at the line's far end.
 * The mark orders the text and is then dropped like Intl's.
 */
export function nameInText(doc: jsPDF, name: string): string {
  return rightToLeft.has(doc) ? `${name}\u200e` : name;
}

/**
 * The marks Intl puts into Arabic numbers and dates (LRM, RLM, ALM) to order
 * them, and the non-joiners put before Arabic punctuation.
 */
const BIDI_MARKS = /[\u200e\u200f\u061c\u200c]/g;

type PostText = { text: unknown; mutex?: { isHex?: boolean } };

function withoutMarks(text: unknown): unknown {
  if (typeof text === 'string') return text.replace(BIDI_MARKS, '');
  if (Array.isArray(text)) return text.map(withoutMarks);
  return text;
}

/**
 * Drops the ordering marks once jsPDF's bidi engine has ordered the text by
 * them, and before the text is turned into the font's glyphs: the Arabic font
 * has visible glyphs for them ("63‎%" would show a small arrow). Each handler
 * of jsPDF's text pipeline is followed by the drop until one has encoded the
 * text (isHex), so the drop needs no knowledge of the handlers' order.
 */
function dropMarksOnceOrdered(doc: jsPDF): void {
  const handlers = doc.internal.events.getTopics()['postProcessText'] ?? {};
  for (const entry of Object.values(handlers)) {
    const handler = entry[0];
    entry[0] = function (this: unknown, payload: PostText) {
      handler.call(this, payload);
      if (!payload.mutex?.isHex) payload.text = withoutMarks(payload.text);
    };
  }
}

/** An empty A4 document with the fonts registered, written in the language's direction. */
export function createA4Document(
  fonts: ReportFonts,
  lang: string,
  dir: 'ltr' | 'rtl' = 'ltr',
): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  if (dir === 'rtl') writeRightToLeft(doc);
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
