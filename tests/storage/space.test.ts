// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { watchSpace } from '../../src/storage/persistence';
import { createClub } from '../../src/storage/clubs';
import { freshDatabase } from './helpers';

const MB = 1024 * 1024;
const real = Object.getOwnPropertyDescriptor(navigator, 'storage');

afterEach(() => {
  if (real) Object.defineProperty(navigator, 'storage', real);
  else delete (navigator as { storage?: unknown }).storage;
});

describe('watchSpace', () => {
  it('looks at the free space at once and again after writes', async () => {
    freshDatabase();
    let usage = 10 * MB;
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { estimate: () => Promise.resolve({ usage, quota: 1000 * MB }) },
    });
    const seen: boolean[] = [];
    const stop = watchSpace((low) => seen.push(low), 0);
    await expect.poll(() => seen).toEqual([false]);
    usage = 990 * MB;
    await createClub({ name: 'Chor', category: 'kultur', sizeBand: 'bis-20' });
    await expect.poll(() => seen.at(-1)).toBe(true);
    stop();
  });
});
