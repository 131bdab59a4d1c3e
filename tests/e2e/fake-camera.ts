import { rename, writeFile } from 'node:fs/promises';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import chromiumSetup from '../../scripts/chromium.json' with { type: 'json' };
import { NOW } from './fixtures';

// A camera for the QR scanner: Chromium's fake capture device plays a Y4M
// file as its video, and the test writes into that file the code the camera
// should see. Codes on the page are read back from their canvas, pixel by
// pixel, so a test can carry a code from one phone (page) to another.

/** A QR code as its modules, row by row: true where a module is dark. */
export type QrMatrix = boolean[][];

/**
 * Launches Chromium whose camera shows the Y4M file at videoPath (write it
 * before the first scan), and which allows the camera without asking. The
 * file is read anew whenever the camera is opened while no page of this
 * browser has it on: a test writes the next code between two scans. Pages
 * that have the camera on at the same time share one picture, so two phones
 * that must see different codes at once need a browser each.
 */
export function launchWithCamera(videoPath: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? chromiumSetup.path,
    args: [
      ...chromiumSetup.args,
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${videoPath}`,
      '--use-fake-ui-for-media-stream',
    ],
  });
}

/** A phone-sized page like the other specs' (German, Berlin, clock pinned to NOW), allowed to use the camera. */
export async function openCameraPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    permissions: ['camera'],
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return page;
}

/** The modules of a QR code drawn on a canvas at one pixel per module (the app's QrCode), quiet zone included. */
export async function readQrCanvas(page: Page, canvas: Locator): Promise<QrMatrix> {
  const element = await canvas.elementHandle();
  if (!element) throw new Error('The QR code canvas is not on the page.');
  return page.evaluate((node) => {
    if (!(node instanceof HTMLCanvasElement)) throw new Error('Not a canvas.');
    const context = node.getContext('2d');
    if (!context) throw new Error('The canvas has no 2D context.');
    const { data, width, height } = context.getImageData(0, 0, node.width, node.height);
    return Array.from({ length: height }, (_, y) =>
      Array.from({ length: width }, (_, x) => {
        const i = (y * width + x) * 4;
        const luma = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
        return luma < 128;
      }),
    );
  }, element);
}

/** The text of a QR matrix, read as a camera would (jsQR); null if it is not a readable code. */
export function decodeQrMatrix(matrix: QrMatrix, scale = 8): string | null {
  const quiet = 4;
  const side = (matrix.length + 2 * quiet) * scale;
  const rgba = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
          rgba.fill(0, i, i + 3);
        }
    }),
  );
  return jsQR(rgba, side, side)?.data ?? null;
}

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 3;

/**
 * Writes a Y4M video (640×480, 10 fps, a few identical frames, which
 * Chromium plays in a loop) showing the QR code black on white in the middle,
 * with at least a four-module quiet zone, at whole pixels per module.
 */
export async function writeQrVideo(path: string, matrix: QrMatrix): Promise<void> {
  const modules = matrix.length + 2 * 4;
  const scale = Math.floor((Math.min(WIDTH, HEIGHT) * 0.9) / modules);
  if (scale < 2) throw new Error(`A code of ${matrix.length} modules is too large for the video.`);
  const left = Math.floor((WIDTH - matrix.length * scale) / 2);
  const top = Math.floor((HEIGHT - matrix.length * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const start = (top + y * scale + dy) * WIDTH + left + x * scale;
        luma.fill(0, start, start + scale);
      }
    }),
  );
  // No colour: both chroma planes (a quarter of the size each) stay at 128.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  // Written beside and renamed over: a camera that is on keeps reading the old
  // file whole (rewritten in place, it would read a cut frame and fail).
  const next = `${path}.next`;
  await writeFile(next, Buffer.concat([header, ...Array<Buffer>(FRAMES).fill(frame)]));
  await rename(next, path);
}
