import type { jsPDF } from 'jspdf';
import { FONT } from './document';

// The write position on an A4 page, shared by every PDF of the app: text is
// measured before it is drawn, and a block that does not fit starts a new page.

/** The A4 page in mm. */
export const PAGE = { width: 210, height: 297 } as const;

/** One point in mm. */
export const PT = 25.4 / 72;

/** Where a document writes: side margin, first and last line in mm, line spacing. */
export interface PageLayout {
  margin: number;
  top: number;
  bottom: number;
  /** Line height as a multiple of the font size. */
  leading: number;
}

type Rgb = readonly [number, number, number];

/** The write position on the current page, with measuring and page breaks. */
export class Writer {
  y: number;
  /** The width between the margins, in mm. */
  readonly content: number;

  constructor(
    readonly doc: jsPDF,
    readonly layout: PageLayout,
  ) {
    this.y = layout.top;
    this.content = PAGE.width - 2 * layout.margin;
  }

  /** Line height in mm of a font size in pt. */
  lineHeight(size: number): number {
    return size * PT * this.layout.leading;
  }

  font(size: number, weight: 'normal' | 'bold' = 'normal'): this {
    this.doc.setFont(FONT, weight);
    this.doc.setFontSize(size);
    this.doc.setTextColor(0, 0, 0);
    return this;
  }

  /** The lines of a text wrapped to a width, in the current font. */
  wrap(text: string, width: number): string[] {
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** Starts a new page unless height mm still fit on this one; says whether it did. */
  ensure(height: number): boolean {
    if (this.y + height <= this.layout.bottom) return false;
    this.doc.addPage();
    this.y = this.layout.top;
    return true;
  }

  /** Writes wrapped lines at x with their first baseline one ascent below y; returns the height. */
  lines(lines: readonly string[], x: number, size: number, y = this.y): number {
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => this.doc.text(line, x, y + size * PT + i * lh));
    return lines.length * lh;
  }

  /** A block of text across the content width; moves down. */
  paragraph(text: string, size: number, weight: 'normal' | 'bold' = 'normal', after = 2): void {
    this.font(size, weight);
    const lines = this.wrap(text, this.content);
    this.ensure(lines.length * this.lineHeight(size));
    this.y += this.lines(lines, this.layout.margin, size) + after;
  }

  /** A thin line across the content width at y. */
  rule(y = this.y, colour: Rgb = [200, 204, 208]): void {
    this.doc.setDrawColor(...colour);
    this.doc.setLineWidth(0.2);
    this.doc.line(this.layout.margin, y, PAGE.width - this.layout.margin, y);
  }
}
