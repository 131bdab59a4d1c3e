import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { checkForUpdate, expect, test as base, waitForServiceWorkerControl } from './fixtures';
import { startNginx, type Nginx } from './nginx';
import { SHARED_FAILED, sharedOfficeAddress } from '../../src/storage/shared-inbox-names';

// The build served through the shipped nginx configuration
// (deploy/nginx/ampelbogen-static.conf, as the README's "Betrieb" section
// describes it): the cache headers, types and compression of every file, and
// the app loading, going offline and seeing a new upload through it.

const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    // Playwright reads a fixture's dependencies from the pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const nginx = await startNginx();
      await use(nginx);
      await nginx.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => {
    await use(nginx.url);
  },
});

const REVALIDATE = 'no-cache';
const A_YEAR = 'public, max-age=31536000, immutable';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One plain HTTP request, nothing decoded, no cache in between. */
function fetchRaw(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers });
    req.once('error', fail);
    req.once('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.end();
  });
}

const gzip = { 'accept-encoding': 'gzip' };

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

test.describe('hosting with the shipped nginx configuration', () => {
  test('answers with the documented types and cache headers', async ({ nginx }) => {
    const files = await filesUnder(nginx.root);
    const asset = (pattern: RegExp) => {
      const found = files.find((f) => pattern.test(f));
      expect(found, `a built file matching ${pattern}`).toBeDefined();
      return `/${found}`;
    };
    const expected: [path: string, type: string, cache: string, gzipped: boolean][] = [
      ['/', 'text/html; charset=utf-8', REVALIDATE, true],
      ['/index.html', 'text/html; charset=utf-8', REVALIDATE, true],
      ['/sw.js', 'text/javascript; charset=utf-8', REVALIDATE, true],
      ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8', REVALIDATE, true],
      [asset(/^assets\/main-[\w-]+\.js$/), 'text/javascript; charset=utf-8', A_YEAR, true],
      [asset(/^assets\/main-[\w-]+\.css$/), 'text/css; charset=utf-8', A_YEAR, true],
      [asset(/^assets\/OpenSans_400Regular-[\w-]+\.ttf$/), 'font/ttf', A_YEAR, true],
      ['/icons/icon-192.png', 'image/png', REVALIDATE, false],
      ['/favicon.svg', 'image/svg+xml; charset=utf-8', REVALIDATE, false],
      // Any other path is the app itself (it routes with the hash).
      ['/irgendwo/unbekannt', 'text/html; charset=utf-8', REVALIDATE, true],
    ];
    for (const [path, type, cache, gzipped] of expected) {
      const answer = await fetchRaw(nginx.url + path, { headers: gzip });
      expect(answer.status, path).toBe(200);
      expect(answer.headers['content-type'], path).toBe(type);
      expect(answer.headers['cache-control'], path).toBe(cache);
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff');
      expect(answer.headers['content-encoding'], path).toBe(gzipped ? 'gzip' : undefined);
    }
    const page = await fetchRaw(`${nginx.url}/irgendwo/unbekannt`);
    expect(page.body.equals(await readFile(join(nginx.root, 'index.html')))).toBe(true);
  });

  test('a missing asset is a 404, and revalidation costs a 304', async ({ nginx }) => {
    const missing = await fetchRaw(`${nginx.url}/assets/gibt-es-nicht-AbCd1234.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers['cache-control']).toBeUndefined();
    expect(missing.headers['content-type']).not.toContain('javascript');

    const first = await fetchRaw(`${nginx.url}/sw.js`);
    const etag = first.headers.etag;
    expect(etag).toBeTruthy();
    const again = await fetchRaw(`${nginx.url}/sw.js`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers['cache-control']).toBe(REVALIDATE);
    expect(again.body.length).toBe(0);

    // Only GET and HEAD: the service worker answers anything else the app sends.
    expect((await fetchRaw(`${nginx.url}/`, { method: 'POST' })).status).toBe(405);
  });

  test('a share that reaches the server is sent to the office view, which says it failed', async ({
    nginx,
  }) => {
    // No service worker in control (the site's data cleared, the app still
    // installed): the share target's POST comes to the server.
    const share = await fetchRaw(`${nginx.url}/teilen-empfangen`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(share.status).toBe(303);
    const target = new URL(share.headers.location ?? '', nginx.url);
    expect(target.origin).toBe(new URL(nginx.url).origin);
    expect(`${target.pathname}${target.search}${target.hash}`).toBe(
      sharedOfficeAddress(SHARED_FAILED),
    );
  });

  test('every built file is cached as its name allows', async ({ nginx }) => {
    const files = await filesUnder(nginx.root);
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const answer = await fetchRaw(`${nginx.url}/${file}`, { method: 'HEAD' });
      expect(answer.status, file).toBe(200);
      expect(answer.headers['content-type'], file).not.toBe('application/octet-stream');
      if (file.startsWith('assets/')) {
        // A year's cache is right only for a name that changes with the content.
        expect(file, 'a file under assets/ carries a content hash').toMatch(
          /^assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/,
        );
        expect(answer.headers['cache-control'], file).toBe(A_YEAR);
      } else {
        expect(answer.headers['cache-control'], file).toBe(REVALIDATE);
      }
    }
  });

  test.describe('without a service worker', () => {
    test.use({ serviceWorkers: 'block' });

    test('a share posted to the server ends in the office view with its note', async ({
      app,
      page,
    }) => {
      await app.clubList.goto();
      await page.evaluate(() => {
        const form = document.createElement('form');
        form.method = 'post';
        form.enctype = 'multipart/form-data';
        form.action = '/teilen-empfangen';
        document.body.append(form);
        form.submit();
      });
      await expect(app.office.heading).toBeVisible();
      await expect(
        page.getByRole('alert').filter({
          hasText: 'Die geteilten Dateien konnten nicht angenommen werden',
        }),
      ).toBeVisible();
      expect(new URL(page.url()).search).toBe('');
      expect(new URL(page.url()).hash).toBe('#/auswertung');
    });
  });

  test('the app loads, works offline and sees a new upload', async ({ app, page, nginx }) => {
    await app.clubList.goto();
    await waitForServiceWorkerControl(page);
    await expect(app.clubList.emptyState).toBeVisible();

    // Once the app is installed, the service worker answers every page visit
    // on its host with the app, even for a file that is there (the README
    // says so of edition files).
    await writeFile(join(nginx.root, 'ausgabe.json'), '{}');
    expect((await fetchRaw(`${nginx.url}/ausgabe.json`)).headers['content-type']).toBe(
      'application/json; charset=utf-8',
    );
    await page.goto('/ausgabe.json');
    await expect(app.clubList.heading).toBeVisible();

    await page.context().setOffline(true);
    await page.reload();
    await expect(app.clubList.heading).toBeVisible();
    await expect(app.clubList.emptyState).toBeVisible();
    // A lazily loaded screen comes from the service worker's cache too.
    await app.settings.openFromHeader();
    await expect(app.settings.defaultBadge).toBeVisible();
    await page.context().setOffline(false);

    // A new version is uploaded over the old one: the app offers it.
    const sw = join(nginx.root, 'sw.js');
    await writeFile(sw, `${await readFile(sw, 'utf8')}\n// a new version\n`);
    await checkForUpdate(page);
    await expect(app.shell.updateBanner).toBeVisible();
  });
});
