import type { jsPDF } from 'jspdf';
import { leftToRight } from './document';
import { layoutAreaChart, type ChartBox } from '../domain/chart';
import type { AreaPoint } from '../domain/progress';
import type { PdfWords } from './words';
import { COLOURS, drawLightSymbol } from './light-symbol';

// The progress chart of an area, drawn from the same geometry as the screen's
// SVG (src/ui/progress/AreaChart.tsx): grid at 0, ½ and 1, the edition's
// thresholds as labelled dashed lines, one line through the values and the
// light's symbol at each point.

/** Above this many points the symbols would overlap: small dots instead. */
const MAX_SYMBOLS = 24;
const SYMBOL = 3.4;
const ACCENT = [31, 78, 121] as const;

/** The chart's box in mm; the right padding holds the threshold labels. */
export const CHART_BOX: ChartBox = {
  width: 174,
  height: 42,
  padding: { left: 15, right: 24, top: 3, bottom: 8 },
};

/** Draws an area's chart with its top-left corner at (x, y). */
export function drawAreaChart(
  doc: jsPDF,
  points: readonly AreaPoint[],
  thresholds: { green: number; yellow: number },
  x: number,
  y: number,
  words: PdfWords,
): void {
  // Time runs left to right on a chart in every language.
  leftToRight(doc, () => drawChart(doc, points, thresholds, x, y, words));
}

function drawChart(
  doc: jsPDF,
  points: readonly AreaPoint[],
  thresholds: { green: number; yellow: number },
  x: number,
  y: number,
  words: PdfWords,
): void {
  const box = CHART_BOX;
  const g = layoutAreaChart(points, box, thresholds);
  const left = x + box.padding.left;
  const right = x + box.width - box.padding.right;
  doc.setFontSize(7);
  doc.setTextColor(...COLOURS.muted);
  doc.setLineWidth(0.2);
  doc.setDrawColor(200, 204, 208);
  for (const t of g.yTicks) {
    doc.line(left, y + t.y, right, y + t.y);
    doc.text(words.fmt.percent(t.value, 0), left - 3, y + t.y + 1, { align: 'right' });
  }
  doc.setLineDashPattern([1.2, 1], 0);
  for (const t of g.thresholds) {
    const [r, g2, b] = t.light === 'green' ? COLOURS.green : COLOURS.yellowInk;
    doc.setDrawColor(r, g2, b);
    doc.line(left, y + t.y, right, y + t.y);
    doc.text(
      words.tf.report.threshold(words.t.ratings[t.light], words.fmt.percent(t.value, 0)),
      right + 3,
      y + t.y + 1,
    );
  }
  doc.setLineDashPattern([], 0);
  doc.setDrawColor(...COLOURS.muted);
  for (const t of g.xTicks) {
    doc.line(
      x + t.x,
      y + box.height - box.padding.bottom,
      x + t.x,
      y + box.height - box.padding.bottom + 1,
    );
    if (t.labelled)
      doc.text(words.fmt.date(t.date), x + t.x, y + box.height - 2.5, { align: 'center' });
  }
  if (g.segments.length > 0) {
    doc.setDrawColor(...ACCENT);
    doc.setLineWidth(0.5);
    for (const s of g.segments) doc.line(x + s.x1, y + s.y1, x + s.x2, y + s.y2);
  }
  for (const p of g.points) {
    if (g.points.length <= MAX_SYMBOLS) {
      doc.setFillColor(255, 255, 255);
      doc.circle(x + p.x, y + p.y, SYMBOL / 2, 'F');
      drawLightSymbol(doc, p.light ?? 'none', x + p.x - SYMBOL / 2, y + p.y - SYMBOL / 2, SYMBOL);
    } else {
      doc.setFillColor(...ACCENT);
      doc.circle(x + p.x, y + p.y, 0.6, 'F');
    }
  }
  doc.setTextColor(0, 0, 0);
}
