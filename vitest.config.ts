import { defineConfig } from 'vitest/config';

// Three tiers: fast unit tests in jsdom; checks on the built extension (its manifests, and the docs' claims about
// them), which need `npm run build` first; and end-to-end tests that drive real browsers on the built extension.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file starts its own browsers; two cores cannot run more than one file at a time well.
          fileParallelism: false,
          globalSetup: ['test/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
