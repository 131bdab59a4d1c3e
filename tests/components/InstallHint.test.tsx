// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { InstallHint } from '../../src/ui/components/InstallHint';
import { installWay } from '../../src/ui/install-offer';

// Which way to install the hint offers, from what the browser says of itself:
// Chromium's kept offer, Safari on iPhone or iPad, or nothing. The way and a
// dismissal are read at the first render, so "nothing" shows at once.

const UA = {
  iPhoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  iPhoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.156 Mobile/15E148 Safari/604.1',
  // iPadOS Safari asks for desktop pages and says "Macintosh".
  iPadSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36',
};

const HEADING = 'Den Ampelbogen als App installieren';

function browser(o: { ua: string; touchPoints?: number; standalone?: boolean; display?: string }) {
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(o.ua);
  Object.defineProperty(navigator, 'maxTouchPoints', {
    configurable: true,
    get: () => o.touchPoints ?? 0,
  });
  Object.defineProperty(navigator, 'standalone', {
    configurable: true,
    get: () => o.standalone,
  });
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query === `(display-mode: ${o.display ?? 'browser'})`,
  }));
}

/** Chromium's offer as index.html keeps it, with a prompt that resolves at once. */
function keepOffer() {
  const prompt = vi.fn(() => Promise.resolve());
  window.installOffer = Object.assign(new Event('beforeinstallprompt'), {
    prompt,
    userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
  });
  return prompt;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.installOffer = undefined;
});

describe('InstallHint', () => {
  it('offers Safari’s two steps on an iPhone and on an iPad', async () => {
    for (const [ua, touchPoints] of [
      [UA.iPhoneSafari, 5],
      [UA.iPadSafari, 5],
    ] as const) {
      browser({ ua, touchPoints });
      const { unmount } = render(<InstallHint />);
      await screen.findByRole('region', { name: HEADING });
      const steps = screen.getAllByRole('listitem').map((li) => li.textContent);
      expect(steps).toEqual([
        'Tippt in Safari auf „Teilen“ (das Quadrat mit dem Pfeil nach oben).',
        'Wählt dann „Zum Home-Bildschirm“ und tippt auf „Hinzufügen“.',
      ]);
      expect(screen.queryByRole('button', { name: 'Installieren' })).toBeNull();
      unmount();
    }
  });

  it('finds no way in another iOS browser, on a Mac, or without an offer', () => {
    for (const o of [
      { ua: UA.iPhoneChrome, touchPoints: 5 },
      { ua: UA.iPadSafari, touchPoints: 0 },
      { ua: UA.android, touchPoints: 5 },
    ]) {
      browser(o);
      expect(installWay(), o.ua).toBeNull();
    }
    keepOffer();
    expect(installWay()).toBe('prompt');
  });

  it('finds no way once installed, in Safari or in Chromium', () => {
    keepOffer();
    browser({ ua: UA.iPhoneSafari, touchPoints: 5, standalone: true });
    expect(installWay()).toBeNull();
    browser({ ua: UA.android, touchPoints: 5, display: 'standalone' });
    expect(installWay()).toBeNull();
  });

  it('prompts with Chromium’s offer, once, and is then gone for good', async () => {
    browser({ ua: UA.android, touchPoints: 5 });
    const prompt = keepOffer();
    const first = render(<InstallHint />);
    fireEvent.click(await screen.findByRole('button', { name: 'Installieren' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: HEADING })).toBeNull());
    expect(prompt).toHaveBeenCalledTimes(1);
    first.unmount();

    // A new offer (a later visit) finds the choice remembered.
    keepOffer();
    expect(localStorage.getItem('ampelbogen.said.install-hint')).not.toBeNull();
    const second = render(<InstallHint />);
    expect(second.container).toBeEmptyDOMElement();
  });

  it('remembers “Nicht jetzt”', async () => {
    browser({ ua: UA.iPhoneSafari, touchPoints: 5 });
    const first = render(<InstallHint />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nicht jetzt' }));
    expect(screen.queryByRole('region', { name: HEADING })).toBeNull();
    first.unmount();

    expect(localStorage.getItem('ampelbogen.said.install-hint')).not.toBeNull();
    const second = render(<InstallHint />);
    expect(second.container).toBeEmptyDOMElement();
  });
});
