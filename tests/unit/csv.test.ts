import { describe, expect, it } from 'vitest';
import { csvField, formatDecimal, toCsv } from '../../src/files/csv';
import { buildOfficeCsv, officeCsvName } from '../../src/files/office-csv';
import { deFiles } from '../../src/locale/de/files';
import { NO_FILTER, prepareOfficeData, summarise } from '../../src/domain/aggregation';
import { makeEdition } from '../fixtures/editions';
import { makeFiles } from '../fixtures/anonymous-files';

/** Splits CSV text as a spreadsheet would: quoted fields may hold ; " and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += ch;
  }
  return rows;
}

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every row with CRLF', async () => {
    const text = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(text).toBe('\uFEFFa;b\r\nc;d\r\n');
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields with a semicolon, a quote or a line break, doubling quotes', () => {
    expect(csvField('Sport; Kultur')).toBe('"Sport; Kultur"');
    expect(csvField('Wir sagen „Hallo“ und "Servus"')).toBe('"Wir sagen „Hallo“ und ""Servus"""');
    expect(csvField('zwei\nZeilen')).toBe('"zwei\nZeilen"');
    expect(csvField('einfach')).toBe('einfach');
    expect(csvField(null)).toBe('');
  });

  it('keeps umlauts and ß as they are', async () => {
    const text = toCsv([['Größe', 'Übernommen', 'Straße']]);
    const bytes = new Uint8Array(await new Blob([text]).arrayBuffer());
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(
      '\uFEFFGröße;Übernommen;Straße\r\n',
    );
  });

  it('writes decimals with a comma', () => {
    expect(formatDecimal(41.666)).toBe('41,7');
    expect(formatDecimal(12)).toBe('12');
    expect(csvField(0.5)).toBe('0,5');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a=b')).toBe('a=b');
  });

  it('parses back to the same rows', () => {
    const rows = [
      ['Bereich', 'Aussage'],
      ['Öffnung', 'Wir sagen; "ja"\r\nund nein'],
    ];
    expect(parseCsv(toCsv(rows).slice(1))).toEqual(rows);
  });
});

describe('buildOfficeCsv', () => {
  const edition = makeEdition({ id: 'ni', areas: [['a1', 'a2'], ['b1']] });
  const E = { id: 'ni', version: 1 };
  const files = [
    ...makeFiles(2, { edition: E, period: '2026-Q1', ratings: { a1: 'green', a2: 'yellow' } }),
    ...makeFiles(1, { edition: E, period: '2026-Q1', ratings: { a1: 'red', a2: 'yellow' } }),
    ...makeFiles(2, { edition: E, period: '2026-Q2', ratings: { a1: 'red' } }),
  ];
  const data = prepareOfficeData(files, [edition], edition);
  const rows = parseCsv(buildOfficeCsv(data, summarise(data, NO_FILTER), deFiles.office).slice(1));

  it('has a header and one row per criterion with counts and shares', () => {
    expect(rows[0]).toEqual([
      'Bereich',
      'Aussage-ID',
      'Aussage',
      'Rückmeldungen (erfragt)',
      'grün',
      'gelb',
      'rot',
      'trifft nicht zu',
      'nicht beantwortet',
      'nicht erfragt',
      'Anteil grün (%)',
      'Anteil gelb (%)',
      'Anteil rot (%)',
      'Anteil trifft nicht zu (%)',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      'Bereich 1',
      'a1',
      'Wir tun a1.',
      '3',
      '2',
      '0',
      '1',
      '0',
      '0',
      '0',
      '66,7',
      '0',
      '33,3',
      '0',
    ]);
  });

  it('writes "zu wenige Rückmeldungen" where a figure is held back, and never the 2 files', () => {
    const q2 = summarise(data, { ...NO_FILTER, from: '2026-Q2' });
    const q2Rows = parseCsv(buildOfficeCsv(data, q2, deFiles.office).slice(1));
    expect(q2Rows[1]!.slice(3, 9)).toEqual(Array(6).fill('zu wenige Rückmeldungen'));
    expect(q2Rows.slice(1).flatMap((row) => row.slice(3))).not.toContain('2');
  });

  it('names the file by the period shown', () => {
    expect(officeCsvName(data, NO_FILTER)).toBe('ampelbogen-auswertung-2026-Q1-bis-2026-Q2.csv');
    expect(officeCsvName(data, { ...NO_FILTER, to: '2026-Q1' })).toBe(
      'ampelbogen-auswertung-2026-Q1-bis-2026-Q1.csv',
    );
  });
});
