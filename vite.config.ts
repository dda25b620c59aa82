import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { manifestFor, type TargetBrowser } from './scripts/build/manifest-for.ts';

// One manifest (manifest.json, Chrome's); the Firefox build derives its
// differences in scripts/build/manifest-for.ts. Pick the target with
// NKTL_BROWSER=firefox; the default is Chrome.
const browser: TargetBrowser = process.env.NKTL_BROWSER === 'firefox' ? 'firefox' : 'chrome';

export default defineConfig({
  plugins: [preact(), crx({ manifest: manifestFor(browser), browser })],
  build: {
    // NKTL_OUT_DIR lets a second build (a benchmark, a parallel test run) leave dist/ alone.
    outDir: process.env.NKTL_OUT_DIR ?? `dist/${browser}`,
    emptyOutDir: true,
    // Readable stack traces in bug reports cost nothing offline.
    sourcemap: true,
    target: 'es2022',
  },
  test: {
    projects: [
      {
        // Pure logic in Node: vitest + happy-dom (per file) + fake-indexeddb.
        resolve: {
          alias: {
            // The real polyfill refuses to load outside an extension.
            'webextension-polyfill': fileURLToPath(new URL('./test/unit/fake-browser.ts', import.meta.url)),
          },
        },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        // The built extension in real Chromium (run `npm run build` first). One
        // file at a time: each launches its own browser and the machine has two cores.
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
