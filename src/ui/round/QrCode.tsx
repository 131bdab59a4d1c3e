import { useEffect, useMemo, useRef } from 'preact/hooks';
import { correction, generate, type Bitmap2D } from 'lean-qr';
import './round.css';

/** The light margin around a code that readers need to find it, in modules. */
const QUIET_ZONE = 4;
const DARK = [0, 0, 0, 255] as const;
const LIGHT = [255, 255, 255, 255] as const;

// Level M survives a glare or a finger on a screen. lean-qr picks alphanumeric
// mode for the app's uppercase codes and a higher level where it fits for free.
function encode(text: string): Bitmap2D {
  return generate(text, { minCorrectionLevel: correction.M });
}

/** The QR version (1–40) of a text's code; its side is 17 + 4 × version modules. */
export function qrVersionOf(text: string): number {
  return (encode(text).size - 17) / 4;
}

/**
 * A text as a QR code: black on white in every colour scheme, one canvas
 * pixel per module with the quiet zone, scaled up sharply by CSS.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const code = useMemo(() => encode(text), [text]);
  const side = code.size + 2 * QUIET_ZONE;
  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!context) return;
    context.putImageData(
      code.toImageData(context, { on: DARK, off: LIGHT, pad: QUIET_ZONE }),
      0,
      0,
    );
  }, [code]);
  return (
    <canvas ref={canvas} class="qr-code" width={side} height={side} role="img" aria-label={label} />
  );
}
