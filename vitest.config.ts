import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WXT's vitest plugin does not load wxt.config.ts's Vite plugins, so Preact's JSX is wired here.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Fuzz files run thousands of cases; vitest's 5 s default is a wall-clock limit that a loaded
    // 2-core machine broke (backup fuzz). No unit test asserts time; this only stops a hung test.
    testTimeout: 60_000,
  },
});
