// A static server for the production build in dist/, for the end-to-end tests.
// POST /__test__/new-version makes sw.js differ by one comment, as a new deploy
// would, so a test can watch the app offer the update. Text is gzipped, as a
// production host would; `npm run bench` serves its pages with it too.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(process.cwd(), process.env.ROOT ?? 'dist');
const port = Number(process.env.PORT ?? 4174);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};
let deploy = 1;

createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', `http://localhost:${port}`);
  if (req.method === 'POST' && url.pathname === '/__test__/new-version') {
    deploy += 1;
    res.writeHead(204).end();
    return;
  }
  const path = normalize(url.pathname === '/' ? '/index.html' : url.pathname);
  if (path.includes('..')) {
    res.writeHead(400).end();
    return;
  }
  try {
    let body = await readFile(join(root, path));
    if (path === '/sw.js' && deploy > 1)
      body = Buffer.concat([body, Buffer.from(`\n// deploy ${deploy}\n`)]);
    const type = types[extname(path)] ?? 'application/octet-stream';
    // Compress text as any production host would, so that figures are realistic.
    const gzip =
      /text|json|manifest|svg/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      'content-type': type,
      'cache-control':
        path === '/sw.js' || path === '/index.html' ? 'no-cache' : 'max-age=31536000, immutable',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`serving dist on http://localhost:${port}`));
