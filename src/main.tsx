import { hydrate, render } from 'preact';
import { App } from './app/App';
import { parseRoute } from './app/router';
import { startServiceWorker } from './app/sw-bridge';
import { readLanguageChoice } from './actions/device';
import {
  isLocaleId,
  markDocument,
  matchLocale,
  onLocaleChange,
  setLocale,
  type LocaleId,
} from './locale';
import './app/styles.css';

/** The language to start in: the one chosen on this device, else the browser's, else German. */
function startLocale(): LocaleId {
  const chosen = readLanguageChoice();
  if (isLocaleId(chosen)) return chosen;
  return matchLocale(navigator.languages ?? [navigator.language]) ?? 'de';
}

// Boot. The build prerenders the start screen into index.html (prerender() below),
// so its German text paints before any script runs; the browser then hydrates
// it, or renders afresh when the address names another screen or the device
// speaks another language (whose catalog loads first, as a chunk of its own).
async function boot(root: HTMLElement) {
  const locale = startLocale();
  if (locale === 'de') markDocument(locale);
  else await setLocale(locale).catch(() => undefined);
  if (locale === 'de' && root.hasChildNodes() && parseRoute(location.hash).name === 'clubs') {
    hydrate(<App />, root);
  } else {
    root.textContent = '';
    render(<App />, root);
  }
  // Shown now, in its language and on its screen (index.html held it back where needed).
  document.documentElement.removeAttribute('data-waiting');
  // A new language renders the app anew: screens read t, tf() and fmt at render time.
  onLocaleChange((id) => render(<App key={id} />, root));
}

if (typeof window !== 'undefined') {
  const root = document.getElementById('app');
  if (root) void boot(root);
  void startServiceWorker();
  // "Öffnen mit" (file_handlers): the browser keeps the launch until a consumer is set.
  const queue = window.launchQueue;
  // A chunk that fails to load makes it a launch without files, not an uncaught error.
  if (queue)
    import('./app/launched-files')
      .then((m) => m.receiveLaunchedFiles(queue))
      .catch((error: unknown) => console.warn('Opened files not received:', error));
}

/**
 * Called at build time by @preact/preset-vite: the start screen as HTML. The
 * renderer is imported dynamically, so browsers never load it.
 */
export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  return { html: renderToString(<App />), links: new Set<string>() };
}
