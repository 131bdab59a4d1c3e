// How this browser lets the app be installed, for the install hint and the
// settings. Chromium makes an offer (beforeinstallprompt) that index.html keeps
// from the start; Safari on iPhone and iPad makes none, but installs from its
// share menu. Loaded only with the screens that show the hint.
import { useEffect, useState } from 'preact/hooks';
import { markSaid } from '../actions/device';

/** The way to install here: the browser's own prompt, the steps in Safari on iOS, or none. */
export type InstallWay = 'prompt' | 'ios' | null;

/** The key of the one-time notice (storage/language.ts) that hides the hint for good. */
export const INSTALL_HINT_KEY = 'install-hint';

/** Whether the app runs as an installed app (from the home screen or an app window). */
function isInstalled(): boolean {
  const standalone = (navigator as Navigator & { standalone?: boolean }).standalone;
  // matchMedia is missing only outside browsers (jsdom in the component tests).
  return (
    standalone === true || (window.matchMedia?.('(display-mode: standalone)').matches ?? false)
  );
}

/** Safari on iPhone or iPad (iPadOS says "Macintosh" but has a touch screen), not another iOS browser. */
function isIosSafari(): boolean {
  const ua = navigator.userAgent;
  const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);
  return ios && /Safari\//.test(ua) && !/CriOS|FxiOS|EdgiOS|OPiOS|GSA\//.test(ua);
}

/** How this browser installs the app now; null when installed or when it offers no way. */
export function installWay(): InstallWay {
  if (isInstalled()) return null;
  if (window.installOffer) return 'prompt';
  return isIosSafari() ? 'ios' : null;
}

/**
 * Shows the browser's install prompt. Its offer is good for one prompt; once
 * the user has chosen either way, the hint stays hidden for good.
 */
async function promptInstall(): Promise<void> {
  const offer = window.installOffer;
  if (!offer) return;
  window.installOffer = null;
  // A prompt the browser refuses (shown once already) leaves nothing to do.
  await offer
    .prompt()
    .then(() => offer.userChoice)
    .catch(() => undefined);
  markSaid(INSTALL_HINT_KEY);
}

/**
 * The way to install, following the browser's offer as it comes and goes,
 * and install(), which shows the browser's prompt.
 */
export function useInstallWay(): { way: InstallWay; install: () => Promise<void> } {
  const [way, setWay] = useState(installWay);
  useEffect(() => {
    // index.html's listener ran first and kept the offer; read it after.
    const update = () => setWay(installWay());
    const installed = () => {
      markSaid(INSTALL_HINT_KEY);
      setWay(null);
    };
    addEventListener('beforeinstallprompt', update);
    addEventListener('appinstalled', installed);
    return () => {
      removeEventListener('beforeinstallprompt', update);
      removeEventListener('appinstalled', installed);
    };
  }, []);
  const install = async () => {
    await promptInstall();
    setWay(installWay());
  };
  return { way, install };
}
