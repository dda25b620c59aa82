import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, launchWithExtension, QUIET_FLAGS } from '../lib/chromium';
import { waitForSettled } from './page-probes';
import { watchListFile, type CustomTermSpec } from './terms';

/**
 * The two browsers of a run: one with the extension (fresh profile, so its
 * watch list is exactly what the scenario imports) and one plain Chromium
 * for the baselines and the "without extension" memory figure. Same binary,
 * same flags, same viewport.
 */

export const VIEWPORT = { width: 1280, height: 860 };

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
}

/** `jsFlags` is for diagnosis only (V8 flags, e.g. to switch off its optimizing compilers); the bench never sets them. */
export async function launchExtensionBrowser(dist?: string, jsFlags?: string): Promise<ExtensionBrowser> {
  const { context, extensionId } = await launchWithExtension({
    headless: true,
    viewport: VIEWPORT,
    ...(dist ? { dist } : {}),
    ...(jsFlags ? { extraArgs: [`--js-flags=${jsFlags}`] } : {}),
  });
  return { context, extensionId };
}

/**
 * Loads a page until the content script has scanned it. In a browser just
 * launched, the first page load can come before the extension is ready to
 * inject or answer, and then that page never gets a scan: reload it.
 */
export async function openScanned(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  for (let attempt = 0; ; attempt += 1) {
    try {
      await waitForSettled(page, 'nktl-', (state) => state.scanCompletes > 0, {
        timeoutMs: 30_000,
        quietMs: 300,
      });
      return page;
    } catch (error) {
      if (attempt >= 2) {
        throw error;
      }
      await page.reload();
    }
  }
}

/**
 * `url` loaded in a tab that first opened `blankUrl` on the same origin,
 * until the extension's scan of it completes. The blank page takes the
 * first-load trouble openScanned handles; the navigation within the origin
 * keeps its renderer.
 */
export async function loadScanned(context: BrowserContext, blankUrl: string, url: string): Promise<Page> {
  const page = await openScanned(context, blankUrl);
  await page.goto(url, { timeout: 120_000 });
  await waitForSettled(page, 'nktl-', (state) => state.scanCompletes > 0);
  return page;
}

export async function launchPlainBrowser(): Promise<BrowserContext> {
  const browser: Browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: QUIET_FLAGS,
  });
  const context = await browser.newContext({ viewport: VIEWPORT });
  context.on('close', () => void browser.close());
  return context;
}

/** Imports a custom watch list through the background, as the options page's file import does. */
export async function importWatchList(
  browser: ExtensionBrowser,
  terms: readonly CustomTermSpec[],
): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const text = watchListFile(terms);
    const answer = await page.evaluate(
      (file) =>
        chrome.runtime.sendMessage({
          type: 'ui/watchlist-import',
          fileName: 'bench.json',
          text: file,
          byteLength: new TextEncoder().encode(file).length,
        }),
      text,
    );
    const result = answer as { ok: boolean; value?: { added: number }; error?: unknown };
    if (!result?.ok || result.value?.added !== terms.length) {
      throw new Error(`Watch-list import failed: ${JSON.stringify(answer).slice(0, 300)}`);
    }
  } finally {
    await page.close();
  }
}
