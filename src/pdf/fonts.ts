import regularUrl from '@expo-google-fonts/open-sans/400Regular/OpenSans_400Regular.ttf?url';
import boldUrl from '@expo-google-fonts/open-sans/700Bold/OpenSans_700Bold.ttf?url';
import type { ReportFonts } from './document';

// Open Sans (SIL Open Font License 1.1) covers Latin with its extensions,
// Cyrillic and Greek, so names like "Ayşe Çağlar" or "Анна" print right. The
// TTF files are the app's own assets, precached by the service worker, and are
// fetched only when a PDF is made.

/** Fetches the report's fonts from the app's own files (the service worker's cache offline). */
export async function fetchReportFonts(): Promise<ReportFonts> {
  const [regular, bold] = await Promise.all([fetchBytes(regularUrl), fetchBytes(boldUrl)]);
  return { regular, bold };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
