import type { OfficeData, OfficeFilter, OfficeSummary } from '../domain/aggregation';
import { shareOf } from '../domain/aggregation';
import { toCsv, type CsvValue } from './csv';

// The table of the Integrationsbüro view as CSV: one row per criterion with
// its lights, counts and shares. Held-back figures say so instead of a number.
// The words of the table (its header, "too few") come from the UI's catalog.

const LIGHTS = ['green', 'yellow', 'red', 'na'] as const;

/** The words the table holds, in the user's language. */
export interface OfficeCsvWords {
  csvColumns: Record<
    'area' | 'id' | 'criterion' | 'asked' | 'unanswered' | 'notAsked' | (typeof LIGHTS)[number],
    string
  > & { share: (light: string) => string };
  tooFew: string;
  unknownArea: string;
  unknownCriterion: (id: string) => string;
}

/** The CSV text of the figures shown for a filter. */
export function buildOfficeCsv(
  data: OfficeData,
  summary: OfficeSummary,
  words: OfficeCsvWords,
): string {
  const t = words.csvColumns;
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
      const title = area.title ?? words.unknownArea;
      const text = criterion.text ?? words.unknownCriterion(criterion.id);
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
            words.tooFew,
            ...Array<CsvValue>(5).fill(words.tooFew),
            figure.notAsked,
            ...LIGHTS.map(() => words.tooFew),
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
