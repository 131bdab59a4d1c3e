import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { SHARE_ACTION } from './src/storage/shared-inbox-names';

// The first screen's stylesheet (src/app/styles.css, about 1.6 KB gzip) is
// inlined into index.html: it no longer blocks the first paint with a second
// request. Every other screen brings its own stylesheet with its code.
function inlineStylesheet(): Plugin {
  return {
    name: 'ampelbogen:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            // A lazy chunk's import() may still list the file as a dependency.
            // Loaded then, it would come after the screens' stylesheets and
            // override their rules. The disabled link is never fetched, and
            // tells Vite's loader that the sheet is in the page already.
            return `<style>${String(asset.source)}</style><link rel="stylesheet" href="/${file}" disabled>`;
          },
        );
      },
    },
  };
}

// The start screen is prerendered, so its first paint needs no script. The
// entry script is requested only after that paint (right away in a hidden
// tab, which does not paint): a script that arrived and ran before the first
// frame would delay it, and would make the paint depend on the script in
// Lighthouse's simulation (LCP then counts the script's download). Hydration
// then reuses the painted nodes.
function scriptAfterFirstPaint(): Plugin {
  return {
    name: 'ampelbogen:script-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        return html.replace(
          /<script type="module" crossorigin src="(\/[^"]+\.js)"><\/script>/,
          (_tag, src: string) =>
            `<script type="module">const start = () => import(${JSON.stringify(src)}); ` +
            `if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start)); ` +
            `else start();</script>`,
        );
      },
    },
  };
}

// jsPDF imports html2canvas, dompurify and canvg only for doc.html() and SVG
// images, which the report never uses. They resolve to this virtual module
// instead: the build ships and precaches about 380 KB less, and loading it
// fails, as jsPDF expects of a missing optional library.
function jspdfUnusedHelpers(): Plugin {
  const unused = new Set(['html2canvas', 'dompurify', 'canvg']);
  const id = '\0jspdf-unused';
  return {
    name: 'ampelbogen:jspdf-unused',
    enforce: 'pre',
    resolveId(source) {
      return unused.has(source) ? id : null;
    },
    load(source) {
      if (source !== id) return null;
      return "throw new Error('not part of this app: jsPDF html() and SVG images are unused');";
    },
  };
}

// The service worker (src/sw/sw.ts, built with the precache list injected)
// precaches every built file, so the app starts offline after the first visit.
// registerType 'prompt': a new version waits until the user taps the update
// banner (src/app/sw-bridge.ts), never reloading under their fingers. It also
// receives files shared to the installed app (share_target), offline.
export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  plugins: [
    // The start screen is prerendered into index.html (main.tsx exports prerender()).
    preact({ prerender: { enabled: true, renderTarget: '#app' } }),
    inlineStylesheet(),
    scriptAfterFirstPaint(),
    jspdfUnusedHelpers(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Ampelbogen Neu-Isenburg',
        short_name: 'Ampelbogen',
        description:
          'Der Ampelbogen des Integrationskonzepts 2021 für Vereine und Gruppen in Neu-Isenburg: ausfüllen, Fortschritt sehen, anonym an das Integrationsbüro senden.',
        lang: 'de',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
        // Shown in the browser's install dialog; made by scripts/make-screenshots.ts.
        screenshots: [
          {
            src: 'screenshots/summary-narrow.png',
            sizes: '720x1480',
            type: 'image/png',
            form_factor: 'narrow',
            label: 'Die Übersicht einer Einschätzung: jeder Bereich mit seiner Ampel',
          },
          {
            src: 'screenshots/progress-wide.png',
            sizes: '1280x800',
            type: 'image/png',
            form_factor: 'wide',
            label: 'Der Fortschritt eines Vereins: jeder Bereich an jedem Treffen',
          },
        ],
        // Android's share sheet: anonymous files straight from a mail or messenger
        // app. Some mail apps label a .json attachment application/octet-stream;
        // it is accepted too, and the import refuses a file that is no
        // anonymous file with its usual reason (README, "Receiving files").
        share_target: {
          action: SHARE_ACTION,
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            files: [
              {
                name: 'files',
                accept: ['application/json', '.json', 'application/octet-stream'],
              },
            ],
          },
        },
        // "Open with" for .json files on the desktop (src/app/launched-files.ts).
        file_handlers: [{ action: '/', accept: { 'application/json': ['.json'] } }],
      },
      injectManifest: {
        // ttf: the PDF report's font, so a PDF can be made offline.
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,ttf}'],
        // The manifest's screenshots are for the install dialog, never used offline.
        globIgnores: ['screenshots/**'],
        // A classic script, as the generated service worker was.
        rollupFormat: 'iife',
        sourcemap: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
});
