import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, open, rm, statfs, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import chromiumSetup from '../../scripts/chromium.json' with { type: 'json' };
import { App } from './page-models';
import { NOW } from './fixtures';

// A real full disk for Chromium: the profile lives on a small tmpfs of its
// own, and fill() writes a filler file there until the kernel answers ENOSPC.
// IndexedDB, the Cache Storage and the service worker then meet the same
// failures they would on a phone whose storage ran out. Downloads go to a
// folder outside the tmpfs. Mounting needs root (or CAP_SYS_ADMIN); where it
// fails, the test is skipped and says why.

const run = promisify(execFile);

/**
 * Size of the tmpfs in MiB. A fresh profile needs about 5.5 MiB once the app
 * is open, its service worker has precached the build (about 2.4 MB in the
 * Cache Storage: six languages, the Arabic report font) and a club with an
 * assessment is stored; the browser grants an origin only part of a small
 * disk, and at 10 MiB the service worker no longer installs. 16 MiB leaves
 * room for it and for the steps before the disk is filled.
 */
export const FULL_DISK_MIB = 16;

export interface FullDisk {
  /** The persistent context whose profile lives on the tmpfs. */
  readonly context: BrowserContext;
  /** The context's first page, its clock pinned to NOW like the other specs. */
  readonly page: Page;
  /** The app's page models for that page. */
  readonly app: App;
  /** Where downloads land; outside the tmpfs, so they never see ENOSPC. */
  readonly downloadsDir: string;
  /** Appends to the filler file until ENOSPC (0 bytes left); returns bytes added. */
  fill(): Promise<number>;
  /** Deletes the filler file. */
  free(): Promise<void>;
  /** Bytes still available to unprivileged writers on the tmpfs. */
  available(): Promise<number>;
  /** Closes Chromium and launches it again on the same profile. */
  relaunch(): Promise<void>;
  /** Closes Chromium, unmounts the tmpfs and removes every folder it made. */
  close(): Promise<void>;
}

/** Why a full disk cannot be had on this machine. */
export interface NoFullDisk {
  skipReason: string;
}

function isErrno(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === code;
}

function describe(error: unknown): string {
  const e = error as { stderr?: unknown; message?: unknown } | null;
  const stderr = typeof e?.stderr === 'string' ? e.stderr : '';
  return (stderr || String(e?.message ?? error)).replace(/\s+/g, ' ').trim();
}

async function unmount(dir: string): Promise<void> {
  // Chromium's helpers may hold a file for a moment after the context closed.
  for (let attempt = 0; attempt < 10; attempt += 1) {
    try {
      await run('umount', [dir]);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  await run('umount', ['--lazy', dir]);
}

/**
 * Mounts a tmpfs of `sizeMiB`, puts a Chromium profile on it and launches
 * Chromium with the settings of playwright.config.ts. Resolves to a
 * NoFullDisk when the tmpfs cannot be mounted (not root, EPERM).
 */
export async function openFullDisk(options: {
  baseURL: string;
  sizeMiB?: number;
  /** Flags for Chromium on top of scripts/chromium.json, e.g. logging switches. */
  extraArgs?: string[];
}): Promise<FullDisk | NoFullDisk> {
  const sizeMiB = options.sizeMiB ?? FULL_DISK_MIB;
  const root = await mkdtemp(join(tmpdir(), 'ampelbogen-full-disk-'));
  const mountDir = join(root, 'disk');
  const profileDir = join(mountDir, 'profile');
  const filler = join(mountDir, 'filler');
  const downloadsDir = join(root, 'downloads');
  await mkdir(mountDir);
  await mkdir(downloadsDir);
  try {
    await run('mount', ['-t', 'tmpfs', '-o', `size=${sizeMiB}m,mode=0700`, 'tmpfs', mountDir]);
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    return { skipReason: `No full disk: cannot mount a tmpfs (${describe(error)}); needs root.` };
  }

  const launch = async () => {
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
      args: [...chromiumSetup.args, ...(options.extraArgs ?? [])],
      baseURL: options.baseURL,
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      serviceWorkers: 'allow',
      acceptDownloads: true,
      downloadsPath: downloadsDir,
    });
    await context.clock.setFixedTime(NOW);
    const page = context.pages()[0] ?? (await context.newPage());
    return { context, page };
  };

  let current: { context: BrowserContext; page: Page };
  try {
    current = await launch();
  } catch (error) {
    await unmount(mountDir);
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  let app = new App(current.page);
  let closed = false;

  return {
    get context() {
      return current.context;
    },
    get page() {
      return current.page;
    },
    get app() {
      return app;
    },
    downloadsDir,

    async fill() {
      const file = await open(filler, 'a');
      let added = 0;
      try {
        // Big blocks first, then ever smaller ones for the last partial page.
        for (let chunk = 1 << 20; chunk >= 1;) {
          try {
            const { bytesWritten } = await file.write(Buffer.alloc(chunk));
            added += bytesWritten;
            if (bytesWritten < chunk) chunk = Math.floor(chunk / 2);
          } catch (error) {
            if (!isErrno(error, 'ENOSPC')) throw error;
            chunk = Math.floor(chunk / 2);
          }
        }
      } finally {
        await file.close().catch(() => undefined);
      }
      return added;
    },

    async free() {
      await unlink(filler).catch((error: unknown) => {
        if (!isErrno(error, 'ENOENT')) throw error;
      });
    },

    async available() {
      const stats = await statfs(mountDir);
      return stats.bavail * stats.bsize;
    },

    async relaunch() {
      await current.context.close();
      current = await launch();
      app = new App(current.page);
    },

    async close() {
      if (closed) return;
      closed = true;
      await current.context.close().catch(() => undefined);
      await unmount(mountDir);
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Tests that get a `fullDisk`: Chromium on its own small tmpfs. Skipped, with
 * the reason in the report, where no tmpfs can be mounted.
 */
export const test = base.extend<{ fullDisk: FullDisk }>({
  fullDisk: async ({ baseURL }, use, testInfo) => {
    if (!baseURL) throw new Error('full-disk tests need the baseURL of playwright.config.ts');
    const disk = await openFullDisk({ baseURL });
    if ('skipReason' in disk) {
      testInfo.skip(true, disk.skipReason);
      return;
    }
    try {
      await use(disk);
    } finally {
      await disk.close();
    }
  },
});

export { expect } from '@playwright/test';
