import { useEffect, useState } from 'preact/hooks';
import { allWritesSettled } from '../actions/device';

// Turns the service worker's life into UI state. A waiting new version is
// offered, never forced: it is applied only when the user taps, and only after
// every write in flight has been committed.

export interface UpdateState {
  needRefresh: boolean;
  offlineReady: boolean;
}

type Listener = (state: UpdateState) => void;

let state: UpdateState = { needRefresh: false, offlineReady: false };
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();

function publish(next: Partial<UpdateState>) {
  state = { ...state, ...next };
  for (const l of listeners) l(state);
}

/** Registers the service worker (production builds only). */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh: () => publish({ needRefresh: true }),
    onOfflineReady: () => publish({ offlineReady: true }),
    onRegisteredSW: (_url, registration) => {
      // Look for a new version when the app comes back to the foreground.
      if (!registration) return;
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible' && navigator.onLine)
          void registration.update().catch(() => undefined);
      });
    },
  });
}

/** Applies the waiting version after all writes are committed; the page then reloads. */
export async function applyWaitingUpdate(): Promise<void> {
  await allWritesSettled();
  await applyUpdate?.(true);
}

/** Hides the banner until the next new version. */
export function dismissUpdate(): void {
  publish({ needRefresh: false, offlineReady: false });
}

/** The service worker state for a component. */
export function useUpdateState(): UpdateState {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    listeners.add(setCurrent);
    setCurrent(state);
    return () => {
      listeners.delete(setCurrent);
    };
  }, []);
  return current;
}
