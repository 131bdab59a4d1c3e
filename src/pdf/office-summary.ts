import { createA4Document } from './document';
import type { OfficeData, OfficeFilter, OfficeSummary } from '../domain/aggregation';
import type { PdfWords } from './words';
import type { ReportFonts } from './document';
import { PAGE, PT, Writer, type PageLayout } from './writer';

// A short A4 summary of the Integrationsbüro view: the selection, how many files
// the figures rest on, the rule on small numbers, and per area its value and the
// lights per criterion. Only what the screen shows: held-back figures say so.

const MARGIN = 16;
const LAYOUT: PageLayout = { margin: MARGIN, top: 18, bottom: PAGE.height - 16, leading: 1.3 };
const CONTENT = PAGE.width - 2 * MARGIN;
const COUNTS = ['green', 'yellow', 'red', 'na', 'unanswered'] as const;
const NUMBER_COLUMN = 15;
const TEXT_COLUMN = CONTENT - NUMBER_COLUMN * (COUNTS.length + 2);

/** What the summary describes: the figures of one selection. */
export interface OfficeSummaryInput {
  data: OfficeData;
  summary: OfficeSummary;
  filter: OfficeFilter;
}

/** The selection in words: period, category, size band. */
export function describeFilter(data: OfficeData, filter: OfficeFilter, words: PdfWords): string {
  const t = words.tf.office;
  const from = filter.from ?? data.periods[0] ?? '';
  const to = filter.to ?? data.periods.at(-1) ?? '';
  const category = filter.category === 'all' ? t.all : words.t.clubs.categories[filter.category];
  const size = filter.sizeBand === 'all' ? t.all : words.t.clubs.sizeBands[filter.sizeBand];
  // A quarter in the words the clubs see when they send their file ("1. Quartal 2026").
  const quarter = words.tf.share.anonymous.quarterShort;
  const period = from && to ? `${t.periodRange(quarter(from), quarter(to))} · ` : '';
  return `${period}${t.category}: ${category} · ${t.sizeBand}: ${size}`;
}

/** Builds the PDF bytes; today (YYYY-MM-DD) is printed under the title. */
export function buildOfficeSummaryPdf(
  input: OfficeSummaryInput,
  fonts: ReportFonts,
  today: string,
  words: PdfWords,
): Uint8Array {
  const { data, summary, filter } = input;
  const doc = createA4Document(fonts, words.lang);
  doc.setProperties({ title: words.tf.office.heading, creator: 'Ampelbogen Neu-Isenburg' });
  const w = new Writer(doc, LAYOUT);

  w.paragraph(words.tf.office.heading, 16, 'bold', 1);
  w.paragraph(words.tf.office.pdfMade(words.fmt.date(today)), 9, 'normal', 3);
  w.paragraph(describeFilter(data, filter, words), 10, 'normal', 1);
  w.paragraph(words.tf.office.basis(summary.files, data.total), 10, 'bold', 1);
  w.paragraph(
    `${words.tf.office.ruleShort} ${words.tf.office.heldBack(data.heldBack)}`,
    9,
    'normal',
    1,
  );
  w.paragraph(words.tf.office.rule, 8, 'normal', 4);

  // Narrow columns: the long words are broken where German breaks them.
  const header = [
    words.tf.office.criterion,
    words.tf.office.pdfColumns.basis,
    ...COUNTS.map((c) =>
      c === 'unanswered' ? words.tf.office.pdfColumns.unanswered : words.t.ratings[c],
    ),
    words.tf.office.notAsked,
  ];
  const drawHeader = () => {
    w.font(7.5, 'bold');
    const cells = header.map((h, i) => w.wrap(h, i === 0 ? TEXT_COLUMN : NUMBER_COLUMN - 1));
    const h = Math.max(...cells.map((c) => c.length)) * w.lineHeight(7.5);
    w.ensure(h + 6);
    cells.forEach((lines, i) => {
      const x = i === 0 ? MARGIN : MARGIN + TEXT_COLUMN + (i - 1) * NUMBER_COLUMN;
      w.lines(lines, x, 7.5);
    });
    w.y += h + 0.8;
    w.rule(w.y, [120, 120, 120]);
    w.y += 1;
  };

  let index = 0;
  data.catalogue.areas.forEach((area, a) => {
    const figure = summary.areas[a];
    w.ensure(20);
    w.y += 2;
    w.paragraph(area.title ?? words.tf.office.unknownArea, 11.5, 'bold', 0.5);
    if (figure?.lights) {
      const lights = figure.lights;
      const value =
        figure.value === null
          ? words.tf.office.noValue
          : words.tf.office.areaValue(words.fmt.percent(figure.value, 1));
      w.paragraph(
        `${value} · ${words.tf.office.areaLights}: ${words.t.ratings.green} ${lights.green}, ${words.t.ratings.yellow} ${lights.yellow}, ${words.t.ratings.red} ${lights.red}, ${words.tf.office.noValue} ${lights.none} (${words.tf.office.basisCount(figure.asked)})`,
        8.5,
        'normal',
        1.5,
      );
    }
    drawHeader();
    for (const criterion of area.criteria) {
      const f = summary.criteria[index];
      index += 1;
      if (!f) continue;
      w.font(8);
      const text = w.wrap(
        criterion.text ?? words.tf.office.unknownCriterion(criterion.id),
        TEXT_COLUMN - 2,
      );
      const h = text.length * w.lineHeight(8) + 1.2;
      if (w.ensure(h)) drawHeader();
      const base = w.y + 8 * PT;
      w.lines(text, MARGIN, 8);
      const numbersX = (i: number) => MARGIN + TEXT_COLUMN + i * NUMBER_COLUMN;
      const counts = f.counts;
      if (counts) {
        const cells = [f.asked, ...COUNTS.map((c) => counts[c]), f.notAsked];
        cells.forEach((n, i) => doc.text(String(n), numbersX(i), base));
      } else {
        doc.text(words.tf.office.tooFew, numbersX(0), base);
        doc.text(String(f.notAsked), numbersX(COUNTS.length + 1), base);
      }
      w.y += h;
      w.rule(w.y - 0.6, [210, 214, 218]);
    }
  });
  const pages = doc.getNumberOfPages();
  for (let p = 1; p <= pages; p += 1) {
    doc.setPage(p);
    w.font(8);
    doc.text(words.tf.office.pdfPage(p, pages), PAGE.width - MARGIN, PAGE.height - 8, {
      align: 'right',
    });
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
