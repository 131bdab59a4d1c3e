import type { OfficeData, OfficeFilter, OfficeSummary } from '../domain/aggregation';
import { shareOf } from '../domain/aggregation';
import { deFiles } from '../messages/de-files';
import { toCsv, type CsvValue } from './csv';

// The table of the Integrationsbüro view as CSV: one row per criterion with
// its lights, counts and shares. Held-back figures say so instead of a number.

const LIGHTS = ['green', 'yellow', 'red', 'na'] as const;

/** The CSV text of the figures shown for a filter. */
export function buildOfficeCsv(data: OfficeData, summary: OfficeSummary): string {
  const t = deFiles.office.csvColumns;
  const header: CsvValue[] = [
    t.area,
    t.id,
    t.criterion,
    t.asked,
    t.green,
    t.yellow,
    t.red,
    t.na,
    t.unanswered,
    t.notAsked,
    ...LIGHTS.map((l) => t.share(t[l])),
  ];
  const rows: CsvValue[][] = [header];
  let i = 0;
  for (const area of data.catalogue.areas) {
    for (const criterion of area.criteria) {
      const figure = summary.criteria[i];
      i += 1;
      if (!figure) continue;
      const title = area.title ?? deFiles.office.unknownArea;
      const text = criterion.text ?? deFiles.office.unknownCriterion(criterion.id);
      const c = figure.counts;
      const figures: CsvValue[] = c
        ? [
            figure.asked,
            c.green,
            c.yellow,
            c.red,
            c.na,
            c.unanswered,
            figure.notAsked,
            ...LIGHTS.map((l) => Math.round(shareOf(c[l], figure.asked) * 1000) / 10),
          ]
        : [
            deFiles.office.tooFew,
            ...Array<CsvValue>(5).fill(deFiles.office.tooFew),
            figure.notAsked,
            ...LIGHTS.map(() => deFiles.office.tooFew),
          ];
      rows.push([title, criterion.id, text, ...figures]);
    }
  }
  return toCsv(rows);
}

/** "ampelbogen-auswertung-2026-Q1-bis-2026-Q4.csv": the period shown, nothing else. */
export function officeCsvName(data: OfficeData, filter: OfficeFilter): string {
  const from = filter.from ?? data.periods[0] ?? 'alle';
  const to = filter.to ?? data.periods.at(-1) ?? 'alle';
  return `ampelbogen-auswertung-${from}-bis-${to}.csv`;
}
