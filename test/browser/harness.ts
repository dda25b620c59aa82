import { afterAll, beforeAll } from 'vitest';
import { resolve } from 'node:path';
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';
import { launchWithExtension } from '../../scripts/lib/chromium';
import { FIXTURE_HOST, startFixtureServer, type FixtureServer } from '../../scripts/lib/fixture-server';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures/pages');
export const SCREENSHOTS_DIR = resolve(import.meta.dirname, '../../screenshots');

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** http://nktl-fixtures.test/<path> (served by the fixture server through the proxy). */
  fixtureUrl(path: string): string;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Opens a fixture page (tests then wait for the highlights they expect with waitForScan). */
  openFixture(path: string): Promise<Page>;
  /** Opens one of the extension's pages (e.g. "src/options/index.html"). */
  openExtensionPage(path: string): Promise<Page>;
  /** Console errors from every page opened through this session. */
  consoleErrors: string[];
  close(): Promise<void>;
}

/**
 * One Chromium with the built extension, a fixture server that is also its
 * proxy (so every request is seen), and helpers. Headless unless HEADED=1.
 */
export async function startSession(): Promise<ExtensionSession> {
  const server = await startFixtureServer(FIXTURES_DIR);
  const launched = await launchWithExtension({ headless: process.env.HEADED !== '1', proxy: server.proxy });
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') {
        consoleErrors.push(`${page.url()}: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  launched.context.on('page', watch);
  launched.context.pages().forEach(watch);

  const session: ExtensionSession = {
    ...launched,
    server,
    consoleErrors,
    fixtureUrl: (path) => `http://${FIXTURE_HOST}/${path.replace(/^\//, '')}`,
    extensionUrl: (path) => `chrome-extension://${launched.extensionId}/${path.replace(/^\//, '')}`,
    async openFixture(path) {
      const page = await launched.context.newPage();
      await page.goto(session.fixtureUrl(path));
      return page;
    },
    async openExtensionPage(path) {
      const page = await launched.context.newPage();
      await page.goto(session.extensionUrl(path));
      return page;
    },
    async close() {
      await launched.context.close();
      await server.close();
    },
  };
  return session;
}

/**
 * Waits until the extension has registered at least `minimumHighlights`
 * ranges. The content script leaves no mark in the DOM (that would be a DOM
 * change), but the page's highlight registry is shared between worlds, so
 * the page can count them. Pages that test negatives carry a positive control
 * mention so there is always something to wait for.
 */
export async function waitForScan(page: Page, minimumHighlights = 0): Promise<void> {
  await page.waitForFunction(
    (minimum) => {
      // for…of, not forEach: the registry's forEach sees nothing of highlights
      // registered from the content script's world, its iterator does.
      let total = 0;
      for (const [key, highlight] of CSS.highlights) {
        if (key.startsWith('nktl-')) {
          total += highlight.size;
        }
      }
      return total >= minimum && document.readyState === 'complete';
    },
    Math.max(1, minimumHighlights),
    { timeout: 15_000 },
  );
}

/** Highlight name → number of ranges, for highlights the extension registered. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [key, highlight] of CSS.highlights) {
      if (key.startsWith('nktl-')) {
        counts[key] = highlight.size;
      }
    }
    return counts;
  });
}

/** The text of every range the extension highlights, in no particular order. */
export async function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const [key, highlight] of CSS.highlights) {
      if (key.startsWith('nktl-') && key !== 'nktl-current' && key !== 'nktl-flash') {
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          texts.push(live.toString());
        }
      }
    }
    return texts;
  });
}

/**
 * One browser session for a whole test file: started before its first test,
 * closed after its last. Call the returned function inside tests.
 */
export function useSession(): () => ExtensionSession {
  let session: ExtensionSession | undefined;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) {
      throw new Error('The browser session has not started.');
    }
    return session;
  };
}
