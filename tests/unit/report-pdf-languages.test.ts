import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import shippedJson from '../../src/domain/editions/ni-ampelbogen-v3.json';
import { localizeEdition } from '../../src/domain/edition-language';
import type { Edition } from '../../src/domain/edition-schema';
import { buildReportModel } from '../../src/domain/report';
import { buildReportPdf, type ReportFonts } from '../../src/pdf/build-report';
import { wordsIn } from '../../src/locale/catalogs';
import { drawnCharacters, extractPdfText } from '../fixtures/pdf-text';
import { makeReportData } from '../fixtures/report';

// The report in the language chosen for it: Turkish in Open Sans, Arabic in
// Noto Sans Arabic, shaped and laid out right to left by jsPDF's bidi engine.
// Read back with pdf.js, the statements' words come in logical order with
// their letters joined: the text, once Arabic presentation forms are folded
// back (NFKC), is the catalog's and the edition's.

const require = createRequire(import.meta.url);
const font = (pkg: string, path: string) =>
  new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/${pkg}/${path}`)));
const latin: ReportFonts = {
  regular: font('open-sans', '400Regular/OpenSans_400Regular.ttf'),
  bold: font('open-sans', '700Bold/OpenSans_700Bold.ttf'),
};
const arabic: ReportFonts = {
  regular: font('noto-sans-arabic', '400Regular/NotoSansArabic_400Regular.ttf'),
  bold: font('noto-sans-arabic', '700Bold/NotoSansArabic_700Bold.ttf'),
};
const TODAY = '2026-03-14';
const shipped = shippedJson as Edition;

/** Folds Arabic presentation forms (what shaping draws) back into letters, and spaces into one. */
const plain = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

async function report(language: 'tr' | 'ar') {
  const words = await wordsIn(language);
  const edition = localizeEdition(shipped, language).edition;
  const data = makeReportData({ edition, history: 2 });
  const bytes = buildReportPdf(
    buildReportModel(data, TODAY),
    language === 'ar' ? arabic : latin,
    TODAY,
    words,
  );
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}/report-${language}.pdf`, bytes);
  const raw = (await extractPdfText(bytes)).join(' ');
  return { words, edition, raw, text: plain(raw) };
}

describe('the report in Turkish and Arabic', () => {
  let tr: Awaited<ReturnType<typeof report>>;
  let ar: Awaited<ReturnType<typeof report>>;
  beforeAll(async () => {
    [tr, ar] = await Promise.all([report('tr'), report('ar')]);
  });

  it('writes the Turkish statements and words as the catalog and the edition have them', () => {
    const first = tr.edition.areas[0]!;
    expect(tr.text).toContain(plain(first.title));
    expect(tr.text).toContain(plain(first.criteria[0]!.text));
    expect(tr.text).toContain(plain(tr.words.tf.report.title));
    expect(tr.text).toMatch(/[ğışİçö]/);
  });

  it('writes the Arabic statements with joined letters, in logical order', () => {
    const first = ar.edition.areas[0]!;
    const statement = first.criteria[0]!.text;
    expect(statement).toMatch(/\p{Script=Arabic}/u);
    // Each word of the statement, folded back from its joined forms, in the order written.
    const words = plain(statement).split(' ');
    let at = 0;
    for (const word of words) {
      const found = ar.text.indexOf(word, at);
      expect(found, `“${word}” after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + word.length;
    }
    expect(ar.text).toContain(plain(first.title));
    expect(ar.text).toContain(plain(ar.words.tf.report.title));
  });

  it('draws Arabic in its joining forms: no letter is left unshaped', () => {
    // Shaping replaces each letter by its isolated, initial, medial or final
    // form (U+FE70–U+FEFF); a letter drawn as is would be one of U+0621–U+064A.
    const shaped = ar.raw.match(/[\uFE70-\uFEFF]/g) ?? [];
    const unshaped = ar.raw.match(/[\u0621-\u064A]/g) ?? [];
    expect(shaped.length).toBeGreaterThan(1000);
    expect(unshaped).toEqual([]);
    // The article "ال": alef, then lam in its initial form (U+FEDF), joined to what follows.
    expect(ar.raw).toContain('\uFEDF');
  });
});

describe('the Arabic header of a club with a very long name', () => {
  const longName =
    'الجمعية الثقافية العربية الألمانية لأصدقاء الرياضة والموسيقى والفنون والمسرح والأدب والشعر في مدينة نوي إيزنبورغ';

  it('keeps the date on every page and shortens the name with "…"', async () => {
    const words = await wordsIn('ar');
    const model = { ...buildReportModel(makeReportData(), TODAY), clubName: longName };
    const pages = await extractPdfText(buildReportPdf(model, arabic, TODAY, words));
    // The header after the shortened name, folded like the page: "... · تقييم بتاريخ", then
    // the date, whose digits and slashes pdf.js reads in the order they are drawn.
    const rest = `${plain(words.tf.report.header('…', ''))} 2026/03/14`;
    for (const page of pages) {
      expect(page).toContain('…');
      const text = plain(page);
      const at = text.indexOf(rest);
      expect(at, text.slice(-300)).toBeGreaterThan(0);
      // The longest start of the name that the header shows right before the "…".
      const name = plain(longName);
      const before = text.slice(0, at);
      const shown = [...name].findLastIndex((_, n) => before.endsWith(name.slice(0, n + 1)));
      expect(shown + 1).toBeGreaterThan(20);
      expect(shown + 1).toBeLessThan(name.length);
    }
  });
});

describe('the progress overview in Ukrainian and Arabic', () => {
  const dates = ['2025-03-12', '2025-09-10', '2026-03-04'];

  async function overview(language: 'uk' | 'ar') {
    const words = await wordsIn(language);
    const edition = localizeEdition(shipped, language).edition;
    const model = buildReportModel(makeReportData({ edition, dates }), TODAY);
    const bytes = buildReportPdf(model, language === 'ar' ? arabic : latin, TODAY, words);
    if (process.env.KEEP_PDF)
      writeFileSync(`${process.env.KEEP_PDF}/report-progress-${language}.pdf`, bytes);
    const [first = ''] = await extractPdfText(bytes);
    return { words, edition, model, raw: first, text: plain(first), drawn: drawnCharacters(bytes) };
  }

  it('writes the Ukrainian heading, explanation, dates and every area in full', async () => {
    const { words, edition, text } = await overview('uk');
    expect(text).toContain(
      `${plain(words.tf.report.progressHeading)} ${plain(words.tf.report.progressIntro)}`,
    );
    expect(text).toContain(`${words.t.progress.area} 12.03.25 10.09.25 04.03.26`);
    for (const area of edition.areas) expect(text).toContain(plain(area.title));
  });

  it('writes the Arabic overview shaped, its numbers without stray ordering marks', async () => {
    const { words, model, raw, text, drawn } = await overview('ar');
    expect(text).toContain(plain(words.tf.report.progressHeading));
    // pdf.js reads the mirrored guillemets around "–" as drawn, so each side on its own.
    for (const part of plain(words.tf.report.progressIntro).split(/«–»/))
      expect(text).toContain(part.trim());
    // Each row: the area's title, then its values at the three meetings.
    for (const row of model.progress.rows) {
      const values = row.cells.map((c) =>
        c.kind === 'value' ? words.fmt.percent(c.value, 0).replace(/[\u200e\u200f]/g, '') : '–',
      );
      expect(text).toContain(`${plain(row.title)} ${values.join(' ')}`);
    }
    // The three dates, in the order they are drawn (the year on the left).
    expect(text).toContain('25/03/12 25/09/10 26/03/04');
    // Intl writes left-to-right and right-to-left marks into Arabic numbers and
    // dates; the font would draw them as visible arrows (pdf.js leaves them out of its text).
    for (const mark of ['\u200e', '\u200f', '\u061c']) expect(drawn.has(mark)).toBe(false);
    expect(drawn.has('%')).toBe(true);
    expect(raw.match(/[\u0621-\u064A]/g) ?? []).toEqual([]);
  });

  it('ends an Arabic word before "،" in its own form, and nothing joins it to the comma', async () => {
    const { raw, drawn } = await overview('ar');
    // "مجال،" in the explanation: the lam after alef stands isolated (U+FEDD); jsPDF's shaper
    // took the comma for a letter and drew an initial lam (U+FEDF), joining towards it.
    const majal = '\uFEE3\uFEA0\uFE8E\uFEDD';
    expect(raw.includes(majal) || raw.includes([...majal].reverse().join(''))).toBe(true);
    expect(raw).not.toMatch(/\uFE8E\uFEDF|\uFEDF\uFE8E/);
    expect(drawn.has('\u200c')).toBe(false);
  });
});

describe('a Latin club name in an Arabic report', () => {
  it('keeps the full stop of "e. V." at the end of the name', async () => {
    const words = await wordsIn('ar');
    const model = {
      ...buildReportModel(makeReportData(), TODAY),
      clubName: 'Kulturverein Gravenbruch e. V.',
    };
    const [first = ''] = await extractPdfText(buildReportPdf(model, arabic, TODAY, words));
    expect(first).toContain('Kulturverein Gravenbruch e. V.');
    expect(first).not.toContain('.Kulturverein');
  });
});
