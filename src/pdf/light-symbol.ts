import type { jsPDF } from 'jspdf';
import type { RatingId } from '../domain/edition-schema';
import { placeX } from './document';

// The shapes of src/ui/components/LightSymbol.tsx drawn as PDF vectors, so a
// light reads in black and white: a check in a disc for green, a half-filled
// ring for yellow, a cross in a square for red, a dash for "trifft nicht zu" and
// a dashed ring for an open statement. Coordinates follow the icon's 24-unit box.

/** The colours of the app's light theme (src/app/styles.css). */
export const COLOURS = {
  green: [26, 127, 55],
  yellow: [242, 201, 76],
  yellowInk: [61, 46, 0],
  red: [198, 40, 40],
  muted: [74, 84, 94],
  white: [255, 255, 255],
} as const satisfies Record<string, readonly [number, number, number]>;

type Rgb = readonly [number, number, number];
const KAPPA = 0.5523;

/** Draws the symbol of a light with its top-left corner at (x, y), size mm wide and high. */
export function drawLightSymbol(
  doc: jsPDF,
  rating: RatingId | 'none',
  x: number,
  y: number,
  size: number,
): void {
  // On a right-to-left page the symbol stands where the mirrored layout puts it.
  x = placeX(doc, x, size);
  const k = size / 24;
  const at = (u: number) => u * k;
  const stroke = (rgb: Rgb, width: number) => {
    doc.setDrawColor(...rgb);
    doc.setLineWidth(at(width));
  };
  doc.saveGraphicsState();
  doc.setLineCap('round');
  doc.setLineJoin('round');
  switch (rating) {
    case 'green':
      doc.setFillColor(...COLOURS.green);
      doc.circle(x + at(12), y + at(12), at(11), 'F');
      stroke(COLOURS.white, 2.6);
      doc.lines(
        [
          [at(3.5), at(3.5)],
          [at(7.5), at(-8)],
        ],
        x + at(6.5),
        y + at(12.5),
        [1, 1],
        'S',
        false,
      );
      break;
    case 'yellow': {
      // The left half of the disc (M12 2a10 10 0 0 0 0 20z) as two quarter arcs.
      const r = at(10);
      const c = r * KAPPA;
      doc.setFillColor(...COLOURS.yellow);
      doc.lines(
        [
          [-c, 0, -r, r - c, -r, r],
          [0, c, r - c, r, r, r],
        ],
        x + at(12),
        y + at(2),
        [1, 1],
        'F',
        true,
      );
      stroke(COLOURS.yellowInk, 2);
      doc.circle(x + at(12), y + at(12), r, 'S');
      break;
    }
    case 'red':
      doc.setFillColor(...COLOURS.red);
      doc.roundedRect(x + at(1.5), y + at(1.5), at(21), at(21), at(4), at(4), 'F');
      stroke(COLOURS.white, 2.6);
      doc.line(x + at(7.5), y + at(7.5), x + at(16.5), y + at(16.5));
      doc.line(x + at(16.5), y + at(7.5), x + at(7.5), y + at(16.5));
      break;
    case 'na':
      stroke(COLOURS.muted, 3);
      doc.line(x + at(5), y + at(12), x + at(19), y + at(12));
      break;
    case 'none':
      stroke(COLOURS.muted, 2);
      doc.setLineDashPattern([at(3), at(3)], 0);
      doc.circle(x + at(12), y + at(12), at(9.5), 'S');
      doc.setLineDashPattern([], 0);
      break;
  }
  doc.restoreGraphicsState();
}
