import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { loadFileMessages } from '../src/locale';

// Lazy screens await the on-demand catalog before they render (app/lazy-screen);
// tests render them directly, so it is loaded once here.
await loadFileMessages();

if (typeof document !== 'undefined') {
  // Component tests run in jsdom: unmount what a test rendered before the next.
  const { cleanup } = await import('@testing-library/preact');
  afterEach(cleanup);
  // jsdom's Blob lacks text(), which every browser has; read it the old way.
  if (!('text' in Blob.prototype)) {
    Object.defineProperty(Blob.prototype, 'text', {
      value(this: Blob) {
        return new Promise<string>((resolve, reject) => {
          const reader = new FileReader();
          reader.onload = () => resolve(String(reader.result));
          reader.onerror = () => reject(reader.error);
          reader.readAsText(this);
        });
      },
    });
  }
}
