import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/{unit,storage,components}/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'reports/unit.json' }]]
      : ['default'],
  },
});
