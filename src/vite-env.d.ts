/// <reference types="vite/client" />

/** The app's version from package.json, set at build time. */
declare const __APP_VERSION__: string;

/** Chromium's offer to install the app (the beforeinstallprompt event). */
interface InstallOfferEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

interface Window {
  /** The install offer index.html keeps; null once the app was installed. */
  installOffer?: InstallOfferEvent | null;
}
