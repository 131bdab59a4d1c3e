import { defineConfig } from 'vite';

// Builds bare-put.ts with Dexie into reports/bench-put/bare-put.js for `npm run bench`.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'reports/bench-put',
    emptyOutDir: true,
    target: 'es2022',
    lib: {
      entry: 'scripts/bench/bare-put/bare-put.ts',
      formats: ['es'],
      fileName: () => 'bare-put.js',
    },
  },
});
