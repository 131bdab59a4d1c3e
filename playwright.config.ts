import { defineConfig } from '@playwright/test';
import chromiumSetup from './scripts/chromium.json' with { type: 'json' };

// End-to-end tests run the production build in Debian's Chromium (never a
// downloaded browser) on a phone-sized touch viewport. E2E_PORT moves the test
// server, e.g. to run two worktrees' suites side by side.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
      args: chromiumSetup.args,
    },
  },
  webServer: {
    command: `node tests/e2e/serve.mjs`,
    env: { PORT: String(port) },
    url: `http://localhost:${port}/index.html`,
    reuseExistingServer: false,
  },
});
