// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { StorageBanner } from '../../src/app/StorageBanner';

const MB = 1024 * 1024;
const real = Object.getOwnPropertyDescriptor(navigator, 'storage');

/** Lets navigator.storage.estimate() report what a test needs. */
function stubEstimate(estimate: () => { usage: number; quota: number }) {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: () => Promise.resolve(estimate()) },
  });
}

afterEach(() => {
  if (real) Object.defineProperty(navigator, 'storage', real);
  else delete (navigator as { storage?: unknown }).storage;
});

describe('StorageBanner', () => {
  it('warns calmly when little space is left, and points to a backup', async () => {
    stubEstimate(() => ({ usage: 975 * MB, quota: 1000 * MB }));
    render(<StorageBanner />);
    const warning = await screen.findByRole('status');
    expect(warning).toHaveTextContent('nur noch wenig Speicher frei');
    expect(screen.getByRole('link', { name: 'Zur Sicherung' })).toHaveAttribute(
      'href',
      '#/einstellungen',
    );
  });
});
