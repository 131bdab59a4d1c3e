import { describe, expect, it } from 'vitest';
import { isSpaceLow } from '../../src/domain/space';

const MB = 1024 * 1024;

describe('isSpaceLow', () => {
  it('is low under 50 MB free, even when that is more than a tenth of the quota', () => {
    expect(isSpaceLow(1 * MB, 50 * MB)).toBe(true);
    expect(isSpaceLow(100 * MB, 10_000 * MB)).toBe(false);
  });

  it('is low when the app’s data fills nine tenths of its quota', () => {
    expect(isSpaceLow(9_100 * MB, 10_000 * MB)).toBe(true);
    expect(isSpaceLow(8_900 * MB, 10_000 * MB)).toBe(false);
  });

  it('says nothing when the browser cannot tell', () => {
    expect(isSpaceLow(null, 1000 * MB)).toBe(false);
    expect(isSpaceLow(10, null)).toBe(false);
    expect(isSpaceLow(0, 0)).toBe(false);
  });
});
