import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { NO_FILTER, prepareOfficeData, summarise } from '../../src/domain/aggregation';
import type { Edition } from '../../src/domain/edition-schema';
import shippedJson from '../../src/domain/editions/ni-ampelbogen-v2.json';
import { buildOfficeSummaryPdf, describeFilter } from '../../src/pdf/office-summary';
import type { ReportFonts } from '../../src/pdf/build-report';
import { activeWords } from '../../src/locale';
import { extractPdfText } from '../fixtures/pdf-text';
import { makeFiles } from '../fixtures/anonymous-files';

const require = createRequire(import.meta.url);
const fontFile = (path: string) =>
  new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/open-sans/${path}`)));
const fonts: ReportFonts = {
  regular: fontFile('400Regular/OpenSans_400Regular.ttf'),
  bold: fontFile('700Bold/OpenSans_700Bold.ttf'),
};
const shipped = shippedJson as Edition;
const first = shipped.areas[0]!.criteria[0]!;
const E = { id: shipped.id, version: shipped.version };

describe('buildOfficeSummaryPdf', () => {
  const files = [
    ...makeFiles(4, { edition: E, category: 'sport', ratings: { [first.id]: 'green' } }),
    ...makeFiles(2, { edition: E, category: 'kultur', ratings: { [first.id]: 'red' } }),
  ];
  const data = prepareOfficeData(files, [shipped], shipped);

  it('states the selection, the files it rests on, the rule, and the lights per area', async () => {
    const bytes = buildOfficeSummaryPdf(
      { data, summary: summarise(data, NO_FILTER), filter: NO_FILTER },
      fonts,
      '2026-03-14',
      activeWords(),
    );
    const text = (await extractPdfText(bytes)).join(' ');
    expect(text).toContain('Auswertung (Integrationsbüro)');
    expect(text).toContain('Erstellt am 14.03.2026');
    expect(text).toContain('Die Zahlen dieser Auswahl beruhen auf 4 von 6 Rückmeldungen.');
    expect(text).toContain('Insgesamt werden 2 Rückmeldungen zurückgehalten.');
    expect(text).toContain('Zeitraum: 1. Quartal 2026 bis 1. Quartal 2026');
    // The held-back groups are named on the office's screen only, never in an export.
    expect(text).not.toContain('Kultur, Musik, Brauchtum');
    expect(text).not.toMatch(/2026-Q\d/);
    expect(text).toContain(shipped.areas[0]!.title);
    expect(text).toContain(first.text.slice(0, 20));
    expect(text).toMatch(/Seite 1 von \d+/);
  });

  it('writes "zu wenige Rückmeldungen" for a selection of 2 files', async () => {
    const filter = { ...NO_FILTER, category: 'kultur' as const };
    const bytes = buildOfficeSummaryPdf(
      { data, summary: summarise(data, filter), filter },
      fonts,
      '2026-03-14',
      activeWords(),
    );
    const text = (await extractPdfText(bytes)).join(' ');
    expect(text).toContain('zu wenige Rückmeldungen');
    expect(describeFilter(data, filter, activeWords())).toBe(
      'Zeitraum: 1. Quartal 2026 bis 1. Quartal 2026 · Art des Vereins: Kultur, Musik, Brauchtum · Größe (Mitglieder): alle',
    );
  });
});
