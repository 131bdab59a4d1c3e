// Opening the back camera for the QR scanner, and why it could not be opened.

/** Why the camera cannot be used: not allowed, not there, or busy or broken. */
export type CameraProblem = 'denied' | 'missing' | 'failed';

export type CameraOutcome =
  { ok: true; stream: MediaStream } | { ok: false; problem: CameraProblem };

/** The kind of problem behind a getUserMedia() rejection. */
export function cameraProblemOf(error: unknown): CameraProblem {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError': // older Chromium
      return 'denied';
    // No camera at all, none that fits, or none the page may ask for (an
    // insecure context or a permissions policy).
    case 'NotFoundError':
    case 'DevicesNotFoundError': // older Chromium
    case 'OverconstrainedError':
    case 'SecurityError':
    case 'TypeError':
      return 'missing';
    // NotReadableError (another app holds it), AbortError and the rest.
    default:
      return 'failed';
  }
}

/** Asks for the back camera (the front one where there is no other), no sound. */
export async function openCamera(): Promise<CameraOutcome> {
  // Without a secure context (http:// on another host) mediaDevices is missing.
  if (typeof navigator === 'undefined' || !navigator.mediaDevices?.getUserMedia)
    return { ok: false, problem: 'missing' };
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: { ideal: 'environment' } },
      audio: false,
    });
    return { ok: true, stream };
  } catch (error) {
    return { ok: false, problem: cameraProblemOf(error) };
  }
}

/** Turns the camera off: every track of the stream stops, and its light goes out. */
export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
