import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { manifestFor, type TargetBrowser } from './scripts/build/manifest-for';

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
  // No dev server is used: the extension is always loaded from a build.
  server: { strictPort: true },
});
