import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import chromiumSetup from '../../scripts/chromium.json' with { type: 'json' };
import { App } from './page-models';
import { NOW } from './fixtures';

// Chromium with the user's text size raised, as a phone's "large text"
// setting does: the profile's default font size, which rem, em and media
// queries in rem follow. 32 px is 200 % of the usual 16 px.

export interface LargeText {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly app: App;
  close(): Promise<void>;
}

/** Launches Chromium on a fresh profile whose default font size is `fontPx`. */
export async function openWithTextSize(options: {
  baseURL: string;
  fontPx: number;
  width?: number;
}): Promise<LargeText> {
  const dir = await mkdtemp(join(tmpdir(), 'ampelbogen-text-size-'));
  await mkdir(join(dir, 'Default'));
  await writeFile(
    join(dir, 'Default', 'Preferences'),
    JSON.stringify({ webkit: { webprefs: { default_font_size: options.fontPx } } }),
  );
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
    args: chromiumSetup.args,
    baseURL: options.baseURL,
    viewport: { width: options.width ?? 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  await context.clock.setFixedTime(NOW);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    app: new App(page),
    async close() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** What sticks out: elements wider than the viewport, and buttons or lights whose text is cut. */
export function findOverflow(
  page: Page,
): Promise<{ pageWidth: number; viewport: number; cut: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const cut: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (el.closest('.visually-hidden, .skip-link')) continue;
      if (box.right > viewport + 1 || box.left < -1) cut.push(`wider than the screen: ${name(el)}`);
      // Text that runs out of its own box (a long word that does not break).
      const style = getComputedStyle(el);
      if (
        el.children.length === 0 &&
        style.overflowX === 'visible' &&
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0
      )
        cut.push(`text wider than its box: ${name(el)}`);
    }
    for (const el of document.querySelectorAll('button, a.button, .light-option, .nav-link')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const h = el as HTMLElement;
      if (h.scrollWidth > h.clientWidth + 1 || h.scrollHeight > h.clientHeight + 1)
        cut.push(`text cut off: ${name(el)}`);
    }
    return { pageWidth: document.documentElement.scrollWidth, viewport, cut };
  });
}
