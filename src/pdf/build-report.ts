import type { jsPDF } from 'jspdf';
import { createA4Document, FONT, nameInText, type ReportFonts } from './document';
import type { RatingId } from '../domain/edition-schema';
import type { ReportArea, ReportCriterion, ReportMeasure, ReportModel } from '../domain/report';
import type { AreaLight, RatingCounts } from '../domain/scoring';
import { answersIn, chosenLights, type Spread } from '../domain/round';
import type { PdfWords } from './words';
import { CHART_BOX, drawAreaChart } from './area-chart';
import { COLOURS, drawLightSymbol } from './light-symbol';
import { drawProgressOverview, showsProgress } from './progress-overview';
import { PAGE, PT, Writer, type PageLayout } from './writer';

// The PDF report of one assessment, A4 portrait, drawn with jsPDF from the plain
// report model. Pure of the UI and storage: model and font bytes in, PDF bytes out.
// Every row is measured before it is drawn, so a page break never cuts one.

export type { ReportFonts } from './document';
export type { PdfWords } from './words';

const MARGIN = 18;
const LAYOUT: PageLayout = { margin: MARGIN, top: 22, bottom: PAGE.height - 18, leading: 1.35 };
const CONTENT = PAGE.width - 2 * MARGIN;
const LEFT_COLUMN = 34;
const TEXT_X = MARGIN + LEFT_COLUMN;
const TEXT_WIDTH = CONTENT - LEFT_COLUMN;
/** The space between the header's club and date and the report's title, in mm. */
const HEADER_GAP = 6;
const COUNT_ORDER = ['green', 'yellow', 'red', 'na'] as const;

/** Builds the PDF; today (YYYY-MM-DD) is printed in the footer. */
export function buildReportPdf(
  model: ReportModel,
  fonts: ReportFonts,
  today: string,
  words: PdfWords,
): Uint8Array {
  const doc = createA4Document(fonts, words.lang, words.dir);
  const date = words.fmt.date(model.date);
  doc.setProperties({
    title: words.tf.report.docTitle(model.clubName, date),
    subject: words.tf.report.title,
    creator: 'Ampelbogen Neu-Isenburg',
  });
  const w = new Writer(doc, LAYOUT);
  drawTitle(words, w, model, date);
  drawLegend(words, w, model);
  drawOverview(words, w, model);
  // The club's way so far, at one glance; with this meeting alone the overview above says it all.
  if (showsProgress(model.progress, model.assessmentId))
    drawProgressOverview(words, w, model.progress, model.historyCount);
  model.areas.forEach((area, i) => drawArea(words, w, model, area, i + 1));
  drawOpenMeasures(words, w, model.openMeasures);
  drawFrames(
    words,
    doc,
    (club) => words.tf.report.header(nameInText(doc, club), date),
    model.clubName,
    words.tf.report.footer(words.fmt.date(today)),
  );
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawTitle(words: PdfWords, w: Writer, model: ReportModel, date: string): void {
  w.paragraph(words.tf.report.title, 18, 'bold', 1);
  w.paragraph(nameInText(w.doc, model.clubName), 14, 'bold', 1.5);
  w.paragraph(
    `${words.tf.report.assessmentOf(date)} (${model.finished ? words.tf.report.statusDone : words.tf.report.statusDraft})`,
    10.5,
  );
  w.paragraph(words.tf.report.edition(model.editionTitle, model.editionVersion), 10.5, 'normal', 5);
  if (model.carriedFrom) {
    const summary = words.tf.report.carriedSummary(
      words.fmt.date(model.carriedFrom),
      model.unconfirmed,
    );
    w.paragraph(summary, 10, 'normal', 4);
  }
}

function drawLegend(words: PdfWords, w: Writer, model: ReportModel): void {
  w.paragraph(words.tf.report.legend, 11, 'bold', 1.5);
  const entries: { rating: RatingId | 'none'; word: string; meaning: string }[] = [
    ...model.ratings.map((r) => ({
      rating: r.id,
      word: words.t.ratings[r.id],
      meaning: r.meaning,
    })),
    { rating: 'none', word: words.t.ratings.unanswered, meaning: words.tf.report.legendUnanswered },
  ];
  for (const e of entries) {
    w.font(9.5);
    const lines = w.wrap(e.meaning, TEXT_WIDTH);
    const h = Math.max(lines.length * w.lineHeight(9.5), 5);
    w.ensure(h + 1);
    drawLight(w, e.rating, e.word, w.y, 'bold');
    w.font(9.5);
    w.lines(lines, TEXT_X, 9.5, w.y + 0.3);
    w.y += h + 1;
  }
  w.y += 4;
}

/** The symbol of a light followed by its word, in the left column at y. */
function drawLight(
  w: Writer,
  rating: RatingId | 'none',
  word: string,
  y: number,
  weight: 'normal' | 'bold' = 'normal',
): void {
  drawLightSymbol(w.doc, rating, MARGIN, y + 0.2, 4.6);
  w.font(9, weight);
  w.lines(w.wrap(word, LEFT_COLUMN - 8), MARGIN + 6.2, 9, y + 0.3);
}

function countsText(words: PdfWords, counts: RatingCounts): string {
  const parts = COUNT_ORDER.map((r) => words.tf.report.count(counts[r], words.t.ratings[r]));
  if (counts.unanswered > 0)
    parts.push(words.tf.report.count(counts.unanswered, words.t.ratings.unanswered));
  return parts.join(' · ');
}

function lightWord(words: PdfWords, light: AreaLight, value: number | null): string {
  if (light === null || value === null) return words.tf.report.noLight;
  return `${words.t.ratings[light]} (${words.fmt.percent(value, 0)})`;
}

function drawOverview(words: PdfWords, w: Writer, model: ReportModel): void {
  w.paragraph(words.tf.report.overview, 11, 'bold', 1.5);
  const titleWidth = 62;
  const lightX = MARGIN + titleWidth + 2;
  const countsX = lightX + 36;
  for (const area of model.areas) {
    const { summary } = area;
    w.font(9.5, 'bold');
    const titleLines = w.wrap(area.title, titleWidth);
    w.font(8.5);
    const countLines = w.wrap(countsText(words, summary.counts), PAGE.width - MARGIN - countsX);
    const h = Math.max(
      titleLines.length * w.lineHeight(9.5),
      countLines.length * w.lineHeight(8.5),
      5,
    );
    w.ensure(h + 2.5);
    w.rule(w.y);
    const top = w.y + 1.2;
    w.font(9.5, 'bold');
    w.lines(titleLines, MARGIN, 9.5, top);
    drawLightSymbol(w.doc, summary.light ?? 'none', lightX, top + 0.1, 4.6);
    w.font(9);
    w.doc.text(lightWord(words, summary.light, summary.value), lightX + 6.2, top + 9 * PT + 0.2);
    w.font(8.5);
    w.lines(countLines, countsX, 8.5, top + 0.3);
    w.y = top + h + 1.3;
  }
  w.rule(w.y);
  w.y += 6;
}

function drawArea(
  words: PdfWords,
  w: Writer,
  model: ReportModel,
  area: ReportArea,
  n: number,
): void {
  const heading = `${n}. ${area.title}`;
  const chartHeight = area.points.length > 0 ? CHART_BOX.height + 2 : 0;
  // Heading, light, chart and the first row stay together.
  const from = model.carriedFrom;
  const firstRow = area.criteria[0] ? measureCriterion(words, w, area.criteria[0], from) : 0;
  w.ensure(26 + chartHeight + firstRow);
  w.paragraph(heading, 13, 'bold', 1.5);
  const { summary } = area;
  drawLightSymbol(w.doc, summary.light ?? 'none', MARGIN, w.y, 5.2);
  w.font(10, 'bold');
  w.doc.text(
    words.tf.report.areaLight(lightWord(words, summary.light, summary.value)),
    MARGIN + 7,
    w.y + 10 * PT + 0.3,
  );
  w.y += 6.5;
  w.paragraph(countsText(words, summary.counts), 9, 'normal', 2);
  w.font(8.5);
  w.doc.setTextColor(...COLOURS.muted);
  const caption =
    area.points.length > 0
      ? words.tf.report.chartCaption(area.points.length)
      : words.tf.report.noHistory;
  w.doc.text(caption, MARGIN, w.y + 8.5 * PT);
  w.y += w.lineHeight(8.5) + 1;
  if (area.points.length > 0) {
    drawAreaChart(w.doc, area.points, model.thresholds, MARGIN, w.y, words);
    w.y += chartHeight;
  }
  w.y += 2;
  for (const criterion of area.criteria) {
    const h = measureCriterion(words, w, criterion, from);
    if (w.ensure(h)) w.paragraph(words.tf.report.continued(heading), 10, 'bold', 2);
    drawCriterion(words, w, criterion, from);
  }
  w.rule(w.y);
  w.y += 7;
}

/** "grün 2", "gelb 1": the lights a round chose for a statement, none left out that was chosen. */
function spreadWords(words: PdfWords, spread: Spread): string[] {
  return chosenLights(spread).map((r) =>
    words.tf.report.spreadCount(words.t.ratings[r], spread[r]),
  );
}

/** The wrapped texts of a criterion row: statement, round, note and next step. */
function criterionBlocks(words: PdfWords, w: Writer, c: ReportCriterion, carriedFrom?: string) {
  w.font(9.5);
  const text = w.wrap(c.text, TEXT_WIDTH);
  w.font(8.5);
  const carried =
    c.carried && carriedFrom
      ? w.wrap(words.tf.report.carried(words.fmt.date(carriedFrom)), TEXT_WIDTH)
      : [];
  const spread = c.spread && answersIn(c.spread) > 0 ? spreadWords(words, c.spread) : [];
  const note = [
    ...(spread.length
      ? w.wrap(
          words.tf.report.spread(answersIn(c.spread as Spread), spread.join(' · ')),
          TEXT_WIDTH,
        )
      : []),
    ...carried,
    ...(c.note ? w.wrap(`${words.tf.report.note}: ${c.note}`, TEXT_WIDTH) : []),
  ];
  const stepParts = c.step
    ? [
        c.step.text,
        c.step.who ? words.tf.report.who(c.step.who) : '',
        c.step.due ? words.tf.report.due(words.fmt.date(c.step.due)) : '',
      ].filter(Boolean)
    : [];
  const step = c.step
    ? w.wrap(`${words.tf.report.nextStep}: ${stepParts.join(' · ')}`, TEXT_WIDTH)
    : [];
  return { text, note, step };
}

const ROW_PADDING = 1.6;

function measureCriterion(
  words: PdfWords,
  w: Writer,
  c: ReportCriterion,
  carriedFrom?: string,
): number {
  const { text, note, step } = criterionBlocks(words, w, c, carriedFrom);
  const body =
    text.length * w.lineHeight(9.5) +
    (note.length ? note.length * w.lineHeight(8.5) + 0.8 : 0) +
    (step.length ? step.length * w.lineHeight(8.5) + 0.8 : 0);
  return Math.max(body, 5) + 2 * ROW_PADDING;
}

function drawCriterion(words: PdfWords, w: Writer, c: ReportCriterion, carriedFrom?: string): void {
  const { text, note, step } = criterionBlocks(words, w, c, carriedFrom);
  const h = measureCriterion(words, w, c, carriedFrom);
  w.rule(w.y);
  const top = w.y + ROW_PADDING;
  drawLight(w, c.rating ?? 'none', words.t.ratings[c.rating ?? 'unanswered'], top);
  w.font(9.5);
  let y = top + w.lines(text, TEXT_X, 9.5, top);
  if (note.length) {
    w.font(8.5);
    w.doc.setTextColor(...COLOURS.muted);
    y += 0.8 + w.lines(note, TEXT_X, 8.5, y + 0.8);
  }
  if (step.length) {
    w.font(8.5, 'bold');
    w.lines(step, TEXT_X, 8.5, y + 0.8);
  }
  w.y += h;
}

function drawOpenMeasures(words: PdfWords, w: Writer, measures: readonly ReportMeasure[]): void {
  w.ensure(30);
  w.paragraph(words.tf.report.openMeasures, 13, 'bold', 1.5);
  w.paragraph(
    measures.length ? words.tf.report.openMeasuresIntro : words.tf.report.noOpenMeasures,
    9,
    'normal',
    2,
  );
  for (const m of measures) {
    w.font(9.5, 'bold');
    const text = w.wrap(m.measure.text, CONTENT);
    w.font(8.5);
    const details = [
      m.measure.who ? words.tf.report.who(m.measure.who) : '',
      m.measure.due ? words.tf.report.due(words.fmt.date(m.measure.due)) : '',
      m.overdue ? words.tf.report.overdue : '',
      m.plannedOn ? words.tf.report.plannedOn(words.fmt.date(m.plannedOn)) : '',
    ].filter(Boolean);
    const about = w.wrap(words.tf.report.forCriterion(m.criterionText), CONTENT);
    const detailLines = details.length ? w.wrap(details.join(' · '), CONTENT) : [];
    const h =
      text.length * w.lineHeight(9.5) + (about.length + detailLines.length) * w.lineHeight(8.5) + 3;
    w.ensure(h);
    w.rule(w.y);
    let y = w.y + 1.2;
    w.font(9.5, 'bold');
    y += w.lines(text, MARGIN, 9.5, y);
    w.font(8.5);
    y += w.lines(detailLines, MARGIN, 8.5, y);
    w.doc.setTextColor(...COLOURS.muted);
    w.lines(about, MARGIN, 8.5, y);
    w.y += h;
  }
  if (measures.length) w.rule(w.y);
}

/** Header and footer on every page: club and date left, the title right, "Seite x von y" below. */
function drawFrames(
  words: PdfWords,
  doc: jsPDF,
  header: (club: string) => string,
  clubName: string,
  footer: string,
): void {
  const total = doc.getNumberOfPages();
  doc.setFont(FONT, 'normal');
  doc.setFontSize(8);
  const room = CONTENT - doc.getTextWidth(words.tf.report.title) - HEADER_GAP;
  const line = fitHeader(doc, header, clubName, room);
  for (let n = 1; n <= total; n += 1) {
    doc.setPage(n);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...COLOURS.muted);
    doc.text(line, MARGIN, 11);
    doc.text(words.tf.report.title, PAGE.width - MARGIN, 11, { align: 'right' });
    doc.setDrawColor(200, 204, 208);
    doc.setLineWidth(0.2);
    doc.line(MARGIN, 13, PAGE.width - MARGIN, 13);
    doc.line(MARGIN, PAGE.height - 13, PAGE.width - MARGIN, PAGE.height - 13);
    doc.text(footer, MARGIN, PAGE.height - 9);
    doc.text(words.tf.report.page(n, total), PAGE.width - MARGIN, PAGE.height - 9, {
      align: 'right',
    });
  }
}

/**
 * The header line in the current font, at most width wide: the date always
 * stays, and a club name too long for the line is cut and ends in "…".
 */
function fitHeader(
  doc: jsPDF,
  header: (club: string) => string,
  clubName: string,
  width: number,
): string {
  const fits = (club: string) => doc.getTextWidth(header(club)) <= width;
  if (fits(clubName)) return header(clubName);
  // Whole characters (code points), so a cut never splits a letter in two.
  const chars = Array.from(clubName);
  const shortened = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  let lo = 0;
  let hi = chars.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(shortened(mid))) lo = mid;
    else hi = mid - 1;
  }
  return header(shortened(lo));
}
