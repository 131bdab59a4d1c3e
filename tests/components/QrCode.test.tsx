// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { QrCode, qrVersionOf } from '../../src/ui/round/QrCode';

// A 51-character code of the app's alphabet (Crockford base32, uppercase).
const CODE = '0123456789ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJ';

interface Drawn {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** jsdom cannot draw: a 2D context that keeps what the component puts on the canvas. */
function recordDrawing(): { drawn: Drawn | null } {
  const record: { drawn: Drawn | null } = { drawn: null };
  const context = {
    createImageData: (width: number, height: number) => ({
      width,
      height,
      data: new Uint8ClampedArray(width * height * 4),
    }),
    putImageData: (image: Drawn) => (record.drawn = image),
  };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    context as unknown as CanvasRenderingContext2D,
  );
  return record;
}

const isDark = (image: Drawn, x: number, y: number) => {
  const i = (y * image.width + x) * 4;
  return [...image.data.slice(i, i + 4)].join() === '0,0,0,255';
};
const isLight = (image: Drawn, x: number, y: number) => {
  const i = (y * image.width + x) * 4;
  return [...image.data.slice(i, i + 4)].join() === '255,255,255,255';
};

afterEach(() => vi.restoreAllMocks());

describe('QrCode', () => {
  it('is an image named by its label, one pixel per module with a quiet zone of four', () => {
    const record = recordDrawing();
    render(<QrCode text={CODE} label="QR-Code der Runde" />);
    const canvas = screen.getByRole('img', { name: 'QR-Code der Runde' });
    expect(canvas.tagName).toBe('CANVAS');
    const side = 17 + 4 * qrVersionOf(CODE) + 8;
    expect(canvas).toHaveAttribute('width', String(side));
    expect(canvas).toHaveAttribute('height', String(side));

    const image = record.drawn;
    expect(image).not.toBeNull();
    if (!image) return;
    expect([image.width, image.height]).toEqual([side, side]);
    // Opaque white around the code, the finder patterns' black corners inside it.
    for (const [x, y] of [
      [0, 0],
      [3, 3],
      [side - 1, side - 1],
    ] as const)
      expect(isLight(image, x, y)).toBe(true);
    for (const [x, y] of [
      [4, 4],
      [side - 5, 4],
      [4, side - 5],
    ] as const)
      expect(isDark(image, x, y)).toBe(true);
  });
});

describe('qrVersionOf', () => {
  it('keeps a 51-character code at version 3 or below (alphanumeric mode, level M)', () => {
    expect(CODE).toHaveLength(51);
    expect(qrVersionOf(CODE)).toBeLessThanOrEqual(3);
  });

  it('grows with the text', () => {
    expect(qrVersionOf(CODE.slice(0, 20))).toBeLessThan(qrVersionOf(CODE + CODE));
  });
});
