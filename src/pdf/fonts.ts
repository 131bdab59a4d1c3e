import regularUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import arabicRegularUrl from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import arabicBoldUrl from '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf?url';
import type { ReportFonts } from './document';

// Open Sans (SIL Open Font License 1.1) covers Latin with its extensions,
// Cyrillic and Greek, so names like "Ayşe Çağlar" or "Анна" print right. The
// TTF files are the app's own assets, precached by the service worker, and are
// fetched only when a PDF is made.

/** The script a report is written in: Latin (with Cyrillic and Greek), or Arabic. */
export type ReportScript = 'latin' | 'arabic';

// Noto Sans Arabic (SIL Open Font License 1.1) has the Arabic letters in all
// their joining forms and Latin with its extensions, so an Arabic report
// prints "Ayşe Çağlar" too; it has no Cyrillic.
const URLS: Record<ReportScript, readonly [string, string]> = {
  latin: [regularUrl, boldUrl],
  arabic: [arabicRegularUrl, arabicBoldUrl],
};

/** Fetches the report's fonts from the app's own files (the service worker's cache offline). */
export async function fetchReportFonts(script: ReportScript = 'latin'): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all(URLS[script].map(fetchBytes));
  return { regular: regular as Uint8Array, bold: bold as Uint8Array };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
