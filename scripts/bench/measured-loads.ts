import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { loadScanned, openScanned } from './browsers';

/**
 * The diagnostic scripts' loop: one warm-up load of `url`, not measured (the
 * bench does the same before it measures), then `runs` loads handed to
 * `measure`, which navigates itself. Each load gets a fresh tab that first
 * opens `blankUrl` on the same origin: a navigation within the origin keeps
 * the renderer, and with it a profiler or trace started before it.
 */
export async function forEachMeasuredLoad(
  context: BrowserContext,
  blankUrl: string,
  url: string,
  runs: number,
  measure: (page: Page, session: CDPSession) => Promise<void>,
): Promise<void> {
  await (await loadScanned(context, blankUrl, url)).close();
  for (let run = 0; run < runs; run++) {
    const page = await openScanned(context, blankUrl);
    await measure(page, await context.newCDPSession(page));
    await page.close();
  }
}
