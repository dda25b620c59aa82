import { defineConfig } from 'vitest/config';

// Unit tests only; browser tests drive the built extension in real Chromium
// through their own runner (scripts/browser-tests.ts).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
  },
});
