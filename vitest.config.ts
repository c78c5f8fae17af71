import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs on the sources (no build needed); `site` checks the built `dist/`
 * and drives it in Chromium, so `npm test` builds in between (see package.json).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The property tests are CPU-bound: a busy machine may need far more than the default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/serve-dist.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two cores: one browser at a time keeps timings stable.
          fileParallelism: false,
          // Polls wait up to 5 s, so a busy CI machine is not a failure.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
