import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Three projects, run separately by tests/tools/run-all-tests.ts:
 * - unit: pure core, storage, messaging, UI components (happy-dom, fake IndexedDB);
 * - accuracy: the corpus in ../shared/corpus (or $REPOST_LENS_CORPUS), measured against labels;
 * - e2e: the built extension in real Chromium and Firefox ESR (one file at a time).
 */
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          // happy-dom is much slower than a browser, and CI machines are small: no flaky 5 s limit.
          testTimeout: 30_000,
          environment: 'happy-dom',
          setupFiles: ['fake-indexeddb/auto', './tests/unit/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'accuracy',
          include: ['tests/accuracy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
