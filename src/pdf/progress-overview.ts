import type { Overview, OverviewCell } from '../domain/progress';
import { COLOURS, drawLightSymbol } from './light-symbol';
import type { PdfWords } from './words';
import { PT, type Writer } from './writer';

// The report's progress overview, the table the progress screen starts with
// (src/ui/progress/Overview.tsx): every area (rows) at the club's latest
// finished meetings (columns, oldest first), each cell the light's symbol and
// the area's value, "–" where the meeting did not ask the area or it has no
// value. Laid out left to right; a right-to-left page mirrors it like the rest
// of the report, so the areas stand on the right and the meetings follow in
// reading direction. A table a page can hold is kept whole; a longer one
// breaks between rows, and the new page repeats the header row.

/** The narrowest the areas' column gets, in mm: room for two or three words a line. */
const MIN_TITLE_WIDTH = 50;
/** The widest a meeting's column gets, in mm. */
const MAX_CELL_WIDTH = 24;
const SYMBOL = 3.8;
const GAP = 1.2;
const TITLE_SIZE = 9;
const HEAD_SIZE = 8;
const CELL_SIZE = 8.5;
const DASH = '–';

/** Whether the report shows the overview: only when it holds a meeting besides the one reported on. */
export function showsProgress(overview: Overview, assessmentId: string): boolean {
  return overview.columns.some((c) => c.assessmentId !== assessmentId);
}

/** Draws the heading, its explanation and the table; `total` is how many finished meetings the club has. */
export function drawProgressOverview(
  words: PdfWords,
  w: Writer,
  overview: Overview,
  total: number,
): void {
  const x = w.layout.margin;
  const n = overview.columns.length;
  const cell = Math.min((w.content - MIN_TITLE_WIDTH) / n, MAX_CELL_WIDTH);
  const titleWidth = w.content - n * cell;
  const label = overview.withYear ? words.fmt.dayMonthYear : words.fmt.dayMonth;
  const heading = words.tf.report.progressHeading;
  const intro =
    n < total
      ? `${words.tf.report.progressIntro} ${words.tf.report.progressRecent(n, total)}`
      : words.tf.report.progressIntro;

  const rows = overview.rows.map((row) => {
    w.font(TITLE_SIZE, 'bold');
    const lines = w.wrap(row.title, titleWidth - 2);
    return { row, lines, height: Math.max(lines.length * w.lineHeight(TITLE_SIZE), 5) + 2.5 };
  });
  const headHeight = w.lineHeight(HEAD_SIZE) + 2.4;

  const drawHead = () => {
    const baseline = w.y + 1.2 + HEAD_SIZE * PT;
    w.font(HEAD_SIZE, 'bold');
    w.doc.text(words.t.progress.area, x, baseline);
    overview.columns.forEach((c, i) =>
      w.doc.text(label(c.date), x + titleWidth + (i + 0.5) * cell, baseline, { align: 'center' }),
    );
    w.y += headHeight;
  };

  // The whole table stays on one page where a page holds it; a longer one
  // keeps at least its heading, explanation, header row and first area together.
  w.font(9);
  const introHeight = w.wrap(intro, w.content).length * w.lineHeight(9) + 2;
  const start = w.lineHeight(11) + 1.5 + introHeight + headHeight;
  const whole = start + rows.reduce((sum, r) => sum + r.height, 0);
  const page = w.layout.bottom - w.layout.top;
  w.ensure(whole <= page ? whole : start + (rows[0]?.height ?? 0));
  w.paragraph(heading, 11, 'bold', 1.5);
  w.paragraph(intro, 9, 'normal', 2);
  drawHead();
  for (const { row, lines, height } of rows) {
    if (w.ensure(height)) {
      w.paragraph(words.tf.report.continued(heading), 10, 'bold', 2);
      drawHead();
    }
    w.rule(w.y);
    const top = w.y + 1.2;
    w.font(TITLE_SIZE, 'bold');
    w.lines(lines, x, TITLE_SIZE, top);
    row.cells.forEach((c, i) => drawCell(words, w, c, x + titleWidth + i * cell, cell, top));
    w.y += height;
  }
  w.rule(w.y);
  w.y += 6;
}

/** One cell, centred in its column: the symbol and the value, or "–". */
function drawCell(
  words: PdfWords,
  w: Writer,
  cell: OverviewCell,
  x: number,
  width: number,
  top: number,
): void {
  const baseline = top + CELL_SIZE * PT + 0.2;
  w.font(CELL_SIZE);
  if (cell.kind === 'not-asked') {
    w.doc.setTextColor(...COLOURS.muted);
    w.doc.text(DASH, x + width / 2, baseline, { align: 'center' });
    return;
  }
  const text = cell.kind === 'value' ? words.fmt.percent(cell.value, 0) : DASH;
  const group = SYMBOL + GAP + w.doc.getTextWidth(text);
  const start = x + (width - group) / 2;
  drawLightSymbol(
    w.doc,
    cell.kind === 'value' ? (cell.light ?? 'none') : 'none',
    start,
    top,
    SYMBOL,
  );
  w.font(CELL_SIZE);
  w.doc.text(text, start + SYMBOL + GAP, baseline);
}
