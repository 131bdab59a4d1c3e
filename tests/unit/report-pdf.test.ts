import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel, reportFileName, type ReportModel } from '../../src/domain/report';
import { buildReportPdf, type ReportFonts } from '../../src/pdf/build-report';
import { activeWords } from '../../src/locale';
import { extractPdfText } from '../fixtures/pdf-text';
import { makeReportData, shippedEdition } from '../fixtures/report';

const require = createRequire(import.meta.url);
const fontFile = (path: string) =>
  new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/open-sans/${path}`)));
const fonts: ReportFonts = {
  regular: fontFile('400Regular/OpenSans_400Regular.ttf'),
  bold: fontFile('700Bold/OpenSans_700Bold.ttf'),
};
const TODAY = '2026-03-14';

describe('buildReportModel', () => {
  const model = buildReportModel(makeReportData(), TODAY);

  it('lists every criterion of the edition by area, with its light, note and next step', () => {
    expect(model.areas.map((a) => a.title)).toEqual(shippedEdition.areas.map((a) => a.title));
    const rows = model.areas.flatMap((a) => a.criteria);
    expect(rows.map((r) => r.text)).toEqual(
      shippedEdition.areas.flatMap((a) => a.criteria.map((c) => c.text)),
    );
    expect(rows[0]).toMatchObject({ rating: 'green', note: expect.stringContaining('Ayşe') });
    expect(rows[0]!.step?.who).toBe('Ayşe Çağlar');
    expect(rows.at(-1)?.rating).toBeUndefined();
  });

  it('summarises each area and carries its points over the finished assessments', () => {
    expect(model.areas[0]!.summary.counts).toMatchObject({ green: 2, yellow: 2, red: 2, na: 1 });
    expect(model.areas.every((a) => a.points.length === 5)).toBe(true);
    expect(model.historyCount).toBe(5);
  });

  it('lists the open steps of the club, overdue first, with the meeting that planned them', () => {
    expect(model.openMeasures.map((m) => [m.measure.text, m.overdue, m.plannedOn])).toEqual([
      ['Rampe am Eingang anfragen', true, '2024-01-15'],
      ['Flyer in einfacher Sprache drucken', false, '2026-03-14'],
      ['Elternabend auf Russisch anbieten', false, '2026-03-14'],
    ]);
  });
});

describe('reportFileName', () => {
  const DATE = '2026-03-14';

  it.each([
    ['Sportfreunde Ayşe Großtal', 'ampelbogen-sportfreunde-ayse-grosstal-2026-03-14.pdf'],
    [
      'Türkisch-Deutscher Kulturverein Großstraße e. V.',
      'ampelbogen-tuerkisch-deutscher-kulturverein-grossstrasse-e-v-2026-03-14.pdf',
    ],
    ['TV Größe/..\\ "Ayşe" Анна', 'ampelbogen-tv-groesse-ayse-anna-2026-03-14.pdf'],
    ['Çağrı Işık İnce Şahin Güneş', 'ampelbogen-cagri-isik-ince-sahin-guenes-2026-03-14.pdf'],
    ['Café Élan Ñandú Łódź', 'ampelbogen-cafe-elan-nandu-lodz-2026-03-14.pdf'],
    ['Анна Шевченко', 'ampelbogen-anna-shevchenko-2026-03-14.pdf'],
    ['Щука, Хор и Жёлтый Ёж', 'ampelbogen-shchuka-khor-i-zheltyy-ezh-2026-03-14.pdf'],
    [
      'Їжак Євгенія Юрій Ґудзь Згода',
      'ampelbogen-yizhak-yevheniia-yurii-gudz-zghoda-2026-03-14.pdf',
    ],
    ["Спілка «Мрія» з м'ячем", 'ampelbogen-spilka-mriia-z-miachem-2026-03-14.pdf'],
    ['نادي الصداقة', 'ampelbogen-2026-03-14.pdf'],
    ['FC Neu-Isenburg نادي 1990', 'ampelbogen-fc-neu-isenburg-1990-2026-03-14.pdf'],
    ['★ ♥ ☀ !!! ...', 'ampelbogen-2026-03-14.pdf'],
    ['', 'ampelbogen-2026-03-14.pdf'],
  ])('spells „%s“ in readable Latin letters', (name, file) => {
    expect(reportFileName(DATE, name)).toBe(file);
  });

  it('leaves the name out when there is none', () => {
    expect(reportFileName(DATE)).toBe('ampelbogen-2026-03-14.pdf');
  });

  it('shortens a long name after a whole word, to at most 60 characters', () => {
    const name =
      'Interkultureller Sport- und Kulturverein der Freundinnen und Freunde aus Neu-Isenburg e.V.';
    const file = reportFileName(DATE, name);
    expect(file).toBe(
      'ampelbogen-interkultureller-sport-und-kulturverein-der-freundinnen-und-2026-03-14.pdf',
    );
    expect(reportFileName(DATE, 'x'.repeat(80))).toBe(`ampelbogen-${'x'.repeat(60)}-${DATE}.pdf`);
  });

  it('always ends in the date and keeps only lower-case letters, digits and hyphens', () => {
    const names = [
      'Verein für Ältere & Jüngere e. V. – Abteilung Übungsleitung Süd-West',
      'Українська громада Ізенбурга «Єдність» та їхні друзі з усієї області',
      'Türk Kültür Derneği İşçi Çalışma Grubu Ağaçlı Yeşil Şehir Öğrencileri',
      'جمعية نوي إيزنبورغ للثقافة والرياضة',
      '/../../etc/passwd',
      '   ---   ',
      'A'.repeat(200),
      'Ab '.repeat(50),
    ];
    for (const name of names) {
      const file = reportFileName(DATE, name);
      expect(file).toMatch(/^ampelbogen-(?:[a-z0-9]+-)*2026-03-14\.pdf$/);
      const words = file.slice('ampelbogen-'.length, -'-2026-03-14.pdf'.length);
      expect(words.length).toBeLessThanOrEqual(60);
    }
  });
});

describe('buildReportPdf', () => {
  let pages: string[];
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = buildReportPdf(buildReportModel(makeReportData(), TODAY), fonts, TODAY, activeWords());
    pages = await extractPdfText(bytes);
  });

  it('is a PDF of several A4 pages, each numbered "Seite x von y"', () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => expect(text).toContain(`Seite ${i + 1} von ${pages.length}`));
  });

  it('names the club, the date in German and the edition on the first page', () => {
    expect(pages[0]).toContain('Türkisch-Deutscher Kulturverein Großstraße e. V.');
    expect(pages[0]).toContain('Einschätzung vom 14.03.2026');
    expect(pages[0]).toContain(
      `Ampelbogen: ${shippedEdition.title}, Version ${shippedEdition.version}`,
    );
  });

  it('prints every criterion of the edition and the word of every light', () => {
    const all = pages.join(' ');
    for (const area of shippedEdition.areas) {
      expect(all).toContain(area.title);
      for (const c of area.criteria) expect(all).toContain(c.text);
    }
    for (const word of ['grün', 'gelb', 'rot', 'trifft nicht zu', 'offen'])
      expect(all).toContain(word);
    expect(all).toContain('Ampel des Bereichs: gelb');
  });

  it('keeps umlauts, ß and names outside Latin-1 intact in notes, steps and open steps', () => {
    const all = pages.join(' ');
    expect(all).toContain(
      'Notiz: Übungsleiterinnen fragen nach größeren Räumen; Anmeldung läuft über Ayşe.',
    );
    expect(all).toContain(
      'Nächster Schritt: Flyer in einfacher Sprache drucken · Wer: Ayşe Çağlar · bis 30.04.2026',
    );
    expect(all).toContain('Wer: Анна');
    expect(all).toContain('Wer: Jürgen Weiß · bis 31.01.2026 · überfällig · geplant am 15.01.2024');
  });

  it('draws the progress chart of each area with its dates and thresholds', () => {
    const all = pages.join(' ');
    expect(all).toContain('Verlauf: 5 abgeschlossene Einschätzungen des Vereins');
    expect(all).toContain('grün ab 75 %');
    expect(all).toContain('15.01.2024');
  });

  it('stays small: the fonts are embedded as subsets', () => {
    expect(bytes.byteLength).toBeLessThan(150_000);
  });
});

describe('a report of an assessment that started from the last one', () => {
  const data = makeReportData();
  const carried = {
    ...data,
    assessment: { ...data.assessment, carriedFrom: '2025-11-20' },
    // The second and third lights came from last time and were never confirmed.
    answers: data.answers.map((a, i) =>
      i === 1 || i === 2 ? { ...a, carried: true as const } : a,
    ),
  };

  it('marks the carried lights the group never confirmed, and counts them', () => {
    const model = buildReportModel(carried, TODAY);
    expect(model.carriedFrom).toBe('2025-11-20');
    expect(model.unconfirmed).toBe(2);
    expect(model.areas.flatMap((a) => a.criteria).filter((c) => c.carried)).toHaveLength(2);
    expect(buildReportModel(data, TODAY).unconfirmed).toBe(0);
  });

  it('says so on the first page and at each such statement', async () => {
    const text = (
      await extractPdfText(
        buildReportPdf(buildReportModel(carried, TODAY), fonts, TODAY, activeWords()),
      )
    ).join(' ');
    expect(text).toContain(
      'Begonnen mit den Ampeln vom 20.11.2025; 2 davon hat die Gruppe nicht bestätigt (markiert).',
    );
    expect(text.split('Vom letzten Mal (20.11.2025) übernommen, nicht bestätigt')).toHaveLength(3);
  });
});

describe('the header of a report for a club with a very long name', () => {
  const longName =
    'Interkultureller Sport- und Kulturverein der Freundinnen und Freunde aus Neu-Isenburg e.V.'.slice(
      0,
      86,
    );
  let pages: string[];

  beforeAll(async () => {
    const model = { ...buildReportModel(makeReportData(), TODAY), clubName: longName };
    pages = await extractPdfText(buildReportPdf(model, fonts, TODAY, activeWords()));
  });

  it('keeps the date on every page and shortens the name with "…"', () => {
    expect(longName).toHaveLength(86);
    expect(pages.length).toBeGreaterThan(2);
    for (const text of pages) {
      const at = text.indexOf('… · Einschätzung vom 14.03.2026 Ampelbogen-Bericht');
      expect(at, text.slice(-300)).toBeGreaterThan(0);
      // The longest start of the name that the header shows right before the "…".
      const before = text.slice(0, at);
      const shown = [...longName].findLastIndex((_, n) =>
        before.endsWith(longName.slice(0, n + 1)),
      );
      expect(shown + 1).toBeGreaterThan(20);
      expect(shown + 1).toBeLessThan(longName.length);
    }
  });
});

describe('the progress overview of the report', () => {
  const THREE = ['2025-03-12', '2025-09-10', '2026-03-04'];
  const words = activeWords();
  /** The text a row of the overview reads as: the area, then each meeting's value or "–". */
  const rowText = (model: ReportModel, areaId: string) => {
    const row = model.progress.rows.find((r) => r.areaId === areaId)!;
    const cells = row.cells.map((c) =>
      c.kind === 'value' ? words.fmt.percent(c.value, 0).replace(/\s/g, ' ') : '–',
    );
    return `${row.title} ${cells.join(' ')}`;
  };
  const pdfText = async (model: ReportModel) =>
    extractPdfText(buildReportPdf(model, fonts, TODAY, words));

  it('holds every area at each finished meeting, oldest first, with the year across years', () => {
    const model = buildReportModel(makeReportData({ dates: THREE }), TODAY);
    expect(model.progress.columns.map((c) => c.date)).toEqual(THREE);
    expect(model.progress.withYear).toBe(true);
    expect(model.progress.rows.map((r) => r.title)).toEqual(
      shippedEdition.areas.map((a) => a.title),
    );
  });

  it('prints the dates with their year, every area and each meeting’s value', async () => {
    const model = buildReportModel(makeReportData({ dates: THREE }), TODAY);
    const [first] = await pdfText(model);
    expect(first).toContain(
      'Fortschritt der Bereiche Jede Zeile ist ein Bereich, jede Spalte eine abgeschlossene Einschätzung, die älteste zuerst.',
    );
    expect(first).toContain('Bereich 12.03.25 10.09.25 04.03.26');
    for (const area of shippedEdition.areas) expect(first).toContain(rowText(model, area.id));
    // The first area at the three meetings, as the fixture's lights make it.
    expect(first).toContain(`${shippedEdition.areas[0]!.title} 50 % 40 % 50 %`);
    expect(first).not.toContain('Die letzten');
  });

  it('leaves the year out when every meeting falls in one year', async () => {
    const dates = ['2025-03-12', '2025-06-10', '2025-09-10'];
    const [first] = await pdfText(buildReportModel(makeReportData({ dates }), TODAY));
    expect(first).toContain('Bereich 12.03. 10.06. 10.09.');
  });

  it('shows "–" where a meeting did not ask an area or the area had no value', async () => {
    const data = makeReportData({ dates: THREE });
    const [asked, unrated] = [shippedEdition.areas[0]!, shippedEdition.areas[1]!];
    const older = { ...shippedEdition, areas: shippedEdition.areas.slice(1) };
    // The oldest meeting's edition had no first area; at the second, every
    // statement of the second area was "trifft nicht zu".
    data.history[0] = { ...data.history[0]!, edition: older };
    const second = data.history[1]!;
    const ratings = { ...second.ratings };
    for (const c of unrated.criteria) ratings[c.id] = 'na';
    data.history[1] = { ...second, ratings };
    const model = buildReportModel(data, TODAY);
    expect(model.progress.rows[0]!.cells[0]!.kind).toBe('not-asked');
    expect(model.progress.rows[1]!.cells[1]!.kind).toBe('no-value');
    const [first] = await pdfText(model);
    expect(first).toMatch(new RegExp(`${asked.title} – \\d+ % \\d+ %`));
    expect(first).toMatch(new RegExp(`${unrated.title} \\d+ % – \\d+ %`));
  });

  it('shows the latest 8 of 10 meetings and says so', async () => {
    const dates = Array.from({ length: 10 }, (_, i) =>
      new Date(Date.UTC(2023, 5, 1 + i * 75)).toISOString().slice(0, 10),
    );
    const model = buildReportModel(makeReportData({ dates }), TODAY);
    expect(model.progress.columns.map((c) => c.date)).toEqual(dates.slice(-8));
    const [first] = await pdfText(model);
    expect(first).toContain('Die letzten 8 von 10 Einschätzungen.');
    const shown = dates.slice(-8).map((d) => words.fmt.dayMonthYear(d));
    expect(first).toContain(`Bereich ${shown.join(' ')}`);
    expect(first).not.toContain(words.fmt.dayMonthYear(dates[1]!));
    for (const area of shippedEdition.areas) expect(first).toContain(rowText(model, area.id));
  });

  it('breaks across pages between rows and repeats the header row', async () => {
    const model = buildReportModel(makeReportData({ dates: THREE }), TODAY);
    // Four times the areas, under other ids: more rows than the first page holds.
    const rows = [1, 2, 3, 4].flatMap((n) =>
      model.progress.rows.map((r) => ({
        ...r,
        areaId: `${r.areaId}-${n}`,
        title: `${n}. ${r.title}`,
      })),
    );
    const long = { ...model, progress: { ...model.progress, rows } };
    const pages = await pdfText(long);
    const head = 'Bereich 12.03.25 10.09.25 04.03.26';
    expect(pages[0]).toContain(head);
    expect(pages[1]).toContain(`Fortschritt der Bereiche (Fortsetzung) ${head}`);
    const all = pages.join(' ');
    for (const row of rows) expect(all.split(rowText(long, row.areaId))).toHaveLength(2);
  });

  it('starts on a new page rather than leave a few rows behind, when a page holds it', async () => {
    const model = buildReportModel(makeReportData({ dates: THREE }), TODAY);
    // Twice the areas: more than the rest of the first page holds, less than a page.
    const rows = [1, 2].flatMap((n) =>
      model.progress.rows.map((r) => ({
        ...r,
        areaId: `${r.areaId}-${n}`,
        title: `${n}. ${r.title}`,
      })),
    );
    const twice = { ...model, progress: { ...model.progress, rows } };
    const pages = await pdfText(twice);
    expect(pages[0]).not.toContain('Fortschritt der Bereiche');
    expect(pages[1]).toContain('Fortschritt der Bereiche Jede Zeile');
    expect(pages[1]).not.toContain('(Fortsetzung)');
    for (const row of rows) expect(pages[1]).toContain(rowText(twice, row.areaId));
  });

  it('is left out when the club has no other finished meeting', async () => {
    const model = buildReportModel(makeReportData({ dates: ['2026-03-04'] }), TODAY);
    expect(model.progress.columns).toHaveLength(1);
    expect((await pdfText(model)).join(' ')).not.toContain('Fortschritt der Bereiche');
  });

  it('is shown for a draft once the club has one finished meeting', async () => {
    const data = makeReportData({ dates: ['2025-09-10', '2026-03-04'] });
    // The meeting reported on is not finished: only the earlier one counts.
    data.assessment = { ...data.assessment, status: 'draft' };
    data.history = data.history.slice(0, 1);
    const [first] = await pdfText(buildReportModel(data, TODAY));
    expect(first).toContain('Fortschritt der Bereiche');
    expect(first).toContain('Bereich 10.09.');
  });
});
