import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { App } from '../../tests/e2e/page-models';

// Debian's Chromium as the tests use it, the static server of the end-to-end
// tests, and a phone-sized page with the app's page models.

const setup = JSON.parse(readFileSync(new URL('../chromium.json', import.meta.url), 'utf8')) as {
  path: string;
  args: string[];
};

/** The browser binary (CHROMIUM_PATH overrides) and the flags that keep it off the network. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? setup.path;
export const FLAGS = setup.args;

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** A fresh profile on a phone (360 × 740, touch, as the end-to-end tests) at the app's address. */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browserContext(browser, {
    baseURL,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'de-DE',
    ...options,
  });
}

/**
 * A fresh profile. tsx compiles the functions that run in the page with
 * esbuild's keepNames, which calls a helper __name that the page lacks: the
 * page gets one that does nothing. German unless the options say otherwise:
 * the app follows the browser's language, and the figures wait for German
 * words.
 */
export async function browserContext(
  browser: Browser,
  options: Parameters<Browser['newContext']>[0],
): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'de-DE', ...options });
  await context.addInitScript('globalThis.__name = (f) => f;');
  return context;
}

/** A page of a context, with the app's page models. */
export async function openApp(context: BrowserContext): Promise<{ page: Page; app: App }> {
  const page = await context.newPage();
  return { page, app: new App(page) };
}

/** A running static server (tests/e2e/serve.mjs) for a build directory. */
export interface Server {
  url: string;
  stop: () => void;
}

export async function serve(root: string, port: number): Promise<Server> {
  const child = spawn('node', ['tests/e2e/serve.mjs'], {
    env: { ...process.env, ROOT: root, PORT: String(port) },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => child.kill() };
    } catch {
      /* not up yet */
    }
    await delay(100);
  }
  child.kill();
  throw new Error(`server at ${url} did not start`);
}
