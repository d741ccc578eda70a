import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Three projects: `unit` (engine, extension modules with fake-browser, components), `e2e` (real
// Chromium with the built extension, driven by playwright-core) and `firefox` (Debian's Firefox
// ESR with the built Firefox add-on, driven over WebDriver BiDi by puppeteer-core).
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['rules/**/*.test.ts', 'entrypoints/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
          // A safety net, not a speed limit: the corpus tests (300 id numbers, 10,000 fuzzed texts)
          // take seconds, and vitest's 5 s default failed one of them on a loaded 2-core machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // A safety net, not a speed limit: tests wait for states, and typing into every fixture
          // editor (the privacy proofs) takes about a minute on a quiet 2-core machine.
          testTimeout: 180_000,
          hookTimeout: 90_000,
          // One Chromium at a time: CI has 2 cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.firefox.ts'],
          // The Quill fixture needs no bundle, but the editor fixtures are built the same way.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 90_000,
          // One Firefox at a time: CI has 2 cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
