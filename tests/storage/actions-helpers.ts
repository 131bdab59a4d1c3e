import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { vi } from 'vitest';
import { breakDatabaseOpen, freshDatabase } from './helpers';

// For tests of the use cases (src/actions). Node has no document to click a
// download link in, no share sheet and no server for the PDF's fonts: these
// stand in for the browser's parts of handing a file over. Undo them with
// vi.unstubAllGlobals() and vi.restoreAllMocks().

/** A file the use case handed over. */
export interface HandedOver {
  name: string;
  blob: Blob;
  how: 'downloaded' | 'shared';
}

/**
 * Catches downloads (a clicked link to an object URL) and, with `share`, a
 * share sheet that takes files or is closed by the user. Returns the list the
 * handed-over files are added to.
 */
export function catchHandovers(share?: 'taken' | 'cancelled'): HandedOver[] {
  const handed: HandedOver[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.stubGlobal('document', {
    body: { append: () => undefined },
    createElement: () => {
      const link = {
        href: '',
        download: '',
        rel: '',
        click: () =>
          handed.push({ name: link.download, blob: blobs.get(link.href)!, how: 'downloaded' }),
        remove: () => undefined,
      };
      return link;
    },
  });
  vi.stubGlobal(
    'navigator',
    share
      ? {
          canShare: () => true,
          share: async ({ files }: { files: File[] }) => {
            if (share === 'cancelled') throw new DOMException('closed', 'AbortError');
            for (const file of files) handed.push({ name: file.name, blob: file, how: 'shared' });
          },
        }
      : {},
  );
  return handed;
}

/** Serves the report's fonts from the package, as the app's own files would. */
export function serveFonts(): void {
  const require = createRequire(import.meta.url);
  vi.stubGlobal('fetch', async (url: string) => {
    const name = String(url).split('/').pop()!.split('?')[0]!;
    const folder = name.includes('700Bold') ? '700Bold' : '400Regular';
    const path = require.resolve(`@expo-google-fonts/open-sans/${folder}/${name}`);
    return new Response(readFileSync(path));
  });
}

/**
 * Runs work against a database that cannot be opened, as on a damaged disk
 * (the browser refuses the open): storage calls fail as "closed".
 */
export async function withBrokenDatabase<T>(work: () => Promise<T>): Promise<T> {
  const open = breakDatabaseOpen();
  open.fail('InvalidStateError');
  freshDatabase();
  try {
    return await work();
  } finally {
    open.restore();
  }
}
