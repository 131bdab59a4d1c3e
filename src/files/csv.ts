// CSV that a German spreadsheet opens as it is: semicolons between fields, CRLF
// between rows, UTF-8 with a byte order mark (so umlauts survive), decimal
// commas. A text that a spreadsheet would run as a formula is defused.

/** One field: text, a number, or empty. */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';
/** Leading characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/** A number as German spreadsheets read it: 41,7 (no thousands separator). */
export function formatDecimal(value: number, digits = 1): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(digits);
  return text.replace('.', ',');
}

/** One field, quoted when it holds a separator, a quote or a line break. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatDecimal(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The whole file: BOM, rows joined by CRLF, ending with CRLF. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(';') + '\r\n').join('');
}
