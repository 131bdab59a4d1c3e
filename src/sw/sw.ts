// The service worker. It does what the generated one did before (precache the
// whole build, drop outdated precaches, answer every navigation with
// index.html, wait for the user's SKIP_WAITING to update) and one thing more:
// it receives the files of the share target offline, keeps them in the shared
// inbox and sends the page to the office view, which imports them.
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import type { PrecacheEntry } from 'workbox-precaching';
import { SHARE_ACTION } from '../storage/shared-inbox-names';
import { receiveSharedFiles } from './receive-shared';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | PrecacheEntry)[];
};

// registerType 'prompt': a new version waits until the page asks it to take over.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url, request }) =>
    url.origin === self.location.origin &&
    url.pathname === SHARE_ACTION &&
    request.method === 'POST',
  ({ request }) => receiveSharedFiles(request, self.location.origin),
  'POST',
);
