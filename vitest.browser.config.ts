import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (run `npm run build` first).
// One file at a time: each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
    retry: 0,
  },
});
