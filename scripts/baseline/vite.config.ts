import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Builds scripts/baseline into reports/baseline for `npm run bench`.
export default defineConfig({
  root: 'scripts/baseline',
  plugins: [preact()],
  build: { outDir: '../../reports/baseline', emptyOutDir: true, target: 'es2022' },
});
