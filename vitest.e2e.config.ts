import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests: each file launches its own headless Chromium with the built extension
// (`npm run build:e2e` first); the scenarios written for both browsers (`describe.each(browsers())`,
// tests/e2e/browser.ts) also launch a headless Firefox with the Firefox build (`npm run build:firefox:e2e`
// first), one browser after the other; `E2E_BROWSERS=chromium` or `=firefox` runs one of them.
// Files run one after another: two browsers on a 2-core CI box only race.
export default defineConfig({
  // The app's `@/` imports, as WXT resolves them, for the few e2e and bench files that use app code.
  resolve: { alias: [{ find: /^@\//, replacement: fileURLToPath(new URL('./', import.meta.url)) }] },
  test: {
    // tests/build/ checks the production build itself (sizes, manifest), built by the step before.
    include: ['tests/e2e/**/*.e2e.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A flaky end-to-end test is a bug to fix, not to retry away.
    retry: 0,
  },
});
