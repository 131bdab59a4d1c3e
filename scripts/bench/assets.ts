import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The initial JS and CSS of a build: what index.html loads by itself, as gzip
// -9 bytes. The app's entry script is imported by a small inline module after
// the first paint (vite.config.ts), so import("…") counts as well as src and href.

export interface InitialAssets {
  js: number;
  css: number;
  html: number;
}

export async function initialAssets(dir: string): Promise<InitialAssets> {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const references = html.matchAll(/(?:src=|href=|import\()["']\/?([^"']+\.(js|css))["']/g);
  const files = new Map<string, 'js' | 'css'>();
  for (const [, file, kind] of references)
    if (file && (kind === 'js' || kind === 'css')) files.set(file, kind);
  // A stylesheet link the page disables is never fetched (its rules are inlined).
  for (const [, file] of html.matchAll(/<link[^>]*href="\/?([^"]+\.css)"[^>]*\bdisabled\b/g))
    if (file) files.delete(file);
  const sizes = { js: 0, css: 0, html: gzipSync(html, { level: 9 }).length };
  for (const [file, kind] of files)
    sizes[kind] += gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  return sizes;
}

export function printAssets(app: InitialAssets, empty: InitialAssets): void {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log('Initial assets (gzip -9 bytes, loaded by index.html)');
  console.log(
    `  app:        JS ${app.js} B (${kb(app.js)} KB), CSS files ${app.css} B, index.html with inlined CSS and prerendered start screen ${app.html} B   target JS <= 55 KB`,
  );
  console.log(
    `  empty page: JS ${empty.js} B (${kb(empty.js)} KB), CSS files ${empty.css} B, index.html ${empty.html} B`,
  );
}
