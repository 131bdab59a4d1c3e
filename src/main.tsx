import { hydrate, render } from 'preact';
import { App } from './app/App';
import { parseRoute } from './app/router';
import { startServiceWorker } from './app/sw-bridge';
import { onLocaleChange } from './locale';
import './app/styles.css';

// Boot. The build prerenders the start screen into index.html (prerender() below),
// so its text paints before any script runs; the browser then hydrates
// it, or renders afresh when the address names another screen.
if (typeof window !== 'undefined') {
  const root = document.getElementById('app');
  if (root) {
    if (root.hasChildNodes() && parseRoute(location.hash).name === 'clubs') {
      hydrate(<App />, root);
    } else {
      root.textContent = '';
      render(<App />, root);
    }
    // A new language renders the app anew: screens read t, tf() and fmt at render time.
    onLocaleChange((id) => render(<App key={id} />, root));
  }
  void startServiceWorker();
}

/**
 * Called at build time by @preact/preset-vite: the start screen as HTML. The
 * renderer is imported dynamically, so browsers never load it.
 */
export async function prerender() {
  const { renderToString } = await import('preact-render-to-string');
  return { html: renderToString(<App />), links: new Set<string>() };
}
