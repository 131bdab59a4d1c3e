// Renders the app icons (public/icons/*.png) from SVG with Debian's Chromium.
// Run once after changing the design: node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import chromiumSetup from './chromium.json' with { type: 'json' };

const light = (scale) => `
  <rect x="${32 - 10 * scale}" y="${32 - 26 * scale}" width="${20 * scale}" height="${52 * scale}" rx="${10 * scale}" fill="#0d2a44"/>
  <circle cx="32" cy="${32 - 15 * scale}" r="${6.5 * scale}" fill="#e5534b"/>
  <circle cx="32" cy="32" r="${6.5 * scale}" fill="#f2c94c"/>
  <circle cx="32" cy="${32 + 15 * scale}" r="${6.5 * scale}" fill="#3fb950"/>`;
const icons = [
  {
    file: 'icon-192.png',
    size: 192,
    svg: `<rect width="64" height="64" rx="14" fill="#1f4e79"/>${light(1)}`,
  },
  {
    file: 'icon-512.png',
    size: 512,
    svg: `<rect width="64" height="64" rx="14" fill="#1f4e79"/>${light(1)}`,
  },
  // Maskable: full bleed, the mark inside the central 80 % safe zone.
  {
    file: 'icon-maskable-512.png',
    size: 512,
    svg: `<rect width="64" height="64" fill="#1f4e79"/>${light(0.72)}`,
  },
  // iOS home screen (index.html links it): opaque and full bleed, since iOS
  // fills transparent corners with black and rounds the corners itself.
  {
    file: 'apple-touch-icon.png',
    size: 180,
    svg: `<rect width="64" height="64" fill="#1f4e79"/>${light(0.8)}`,
    opaque: true,
  },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
  args: chromiumSetup.args,
});
const page = await browser.newPage();
for (const icon of icons) {
  await page.setViewportSize({ width: icon.size, height: icon.size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="${icon.size}" height="${icon.size}">${icon.svg}</svg>`,
  );
  await writeFile(`public/icons/${icon.file}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();

// Chromium writes a screenshot without a single transparent pixel as an RGB
// PNG (colour type 2, no tRNS chunk): an opaque icon must come out as one.
for (const icon of icons.filter((i) => i.opaque)) {
  const png = await readFile(`public/icons/${icon.file}`);
  if (png[25] !== 2 || png.includes('tRNS'))
    throw new Error(`${icon.file} has transparent pixels; it must be opaque`);
}
