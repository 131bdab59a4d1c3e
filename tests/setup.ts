import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Component tests run in jsdom: unmount what a test rendered before the next.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(cleanup);
}
