// Reading a QR code in the camera's picture: with the browser's BarcodeDetector
// where it reads QR codes (Chrome on Android, Safari on macOS), with jsQR
// elsewhere. jsQR (about 250 KB) is loaded only then, never with the first screen.

/** Reads the QR code in the video's current frame: its text, or null if there is none. */
export type QrReader = (video: HTMLVideoElement) => Promise<string | null>;

// The Shape Detection API is not in TypeScript's DOM types yet.
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorClass {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

/**
 * jsQR looks at the frame scaled down to this longest side: a phone held at
 * arm's length still has several pixels per module, and a frame of a
 * high-resolution camera is read in a few milliseconds instead of a hundred.
 */
const MAX_SIDE = 800;

/** The best reader this browser has. */
export async function createQrReader(): Promise<QrReader> {
  return (await nativeReader()) ?? (await jsQrReader());
}

async function nativeReader(): Promise<QrReader | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (!Detector) return null;
  let detector: BarcodeDetectorLike;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return null;
    detector = new Detector({ formats: ['qr_code'] });
  } catch {
    return null;
  }
  // A detector that fails on real frames (a platform without its service)
  // hands over to jsQR for good.
  let fallback: Promise<QrReader> | null = null;
  return async (video) => {
    if (fallback) return (await fallback)(video);
    try {
      const [code] = await detector.detect(video);
      return code?.rawValue ?? null;
    } catch {
      fallback = jsQrReader();
      return null;
    }
  };
}

async function jsQrReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  let context: CanvasRenderingContext2D | null = null;
  return async (video) => {
    const { videoWidth, videoHeight } = video;
    if (videoWidth === 0 || videoHeight === 0) return null;
    context ??= canvas.getContext('2d', { willReadFrequently: true });
    if (!context) return null;
    const scale = Math.min(1, MAX_SIDE / Math.max(videoWidth, videoHeight));
    const width = Math.round(videoWidth * scale);
    const height = Math.round(videoHeight * scale);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    context.drawImage(video, 0, 0, width, height);
    const { data } = context.getImageData(0, 0, width, height);
    // The codes this app shows are always dark on light: no inverted pass.
    return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  };
}
