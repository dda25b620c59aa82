import type { Page } from 'playwright-core';

/**
 * What the bench reads from a page's main world: highlight counts, the
 * extension's user-timing marks (whose detail carries its mention count)
 * and the amount of text. The highlight
 * registry and the performance timeline are shared with the content
 * script's isolated world, so no hook into the extension is needed.
 */

export interface PageState {
  /** Ranges in highlights whose name starts with the prefix (the extension registers only those near the viewport). */
  highlights: number;
  /** Mentions the extension has found in the page, from its latest scan mark's detail (0 for baselines). */
  mentions: number;
  scanCompletes: number;
  rescans: number;
  cardOpens: number;
}

export function readState(page: Page, prefix: string): Promise<PageState> {
  return page.evaluate((wanted) => {
    let highlights = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith(wanted)) {
        highlights += highlight.size;
      }
    }
    const marks = [
      ...performance.getEntriesByName('nktl:scan-complete'),
      ...performance.getEntriesByName('nktl:rescan'),
    ].sort((a, b) => a.startTime - b.startTime);
    const detail = (marks.at(-1) as PerformanceMark | undefined)?.detail as { mentions?: number } | undefined;
    return {
      highlights,
      mentions: detail?.mentions ?? 0,
      scanCompletes: performance.getEntriesByName('nktl:scan-complete').length,
      rescans: performance.getEntriesByName('nktl:rescan').length,
      cardOpens: performance.getEntriesByName('nktl:card-open').length,
    };
  }, prefix);
}

/** Characters of text in the body: the "KB of text" the per-KB figures divide by. */
export function textLength(page: Page): Promise<number> {
  return page.evaluate(() => document.body.textContent?.length ?? 0);
}

/** Time from navigation start to the first nktl:scan-complete mark, ms. */
export function firstScanCompleteAt(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('nktl:scan-complete')[0]?.startTime ?? null);
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * Waits until `ready` holds and the page state has not changed for `quietMs`
 * (the extension debounces mutations by 120 ms and yields between slices, so
 * a single check could catch it between two slices).
 */
export async function waitForSettled(
  page: Page,
  prefix: string,
  ready: (state: PageState) => boolean,
  options: { quietMs?: number; timeoutMs?: number; extra?: () => Promise<boolean> } = {},
): Promise<PageState> {
  const quietMs = options.quietMs ?? 600;
  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  let last = '';
  let since = Date.now();
  for (;;) {
    const state = await readState(page, prefix);
    const extraOk = options.extra ? await options.extra() : true;
    const signature = JSON.stringify(state);
    if (signature !== last) {
      last = signature;
      since = Date.now();
    } else if (ready(state) && extraOk && Date.now() - since >= quietMs) {
      return state;
    }
    if (Date.now() > deadline) {
      throw new Error(`Page did not settle: ${signature}`);
    }
    await sleep(100);
  }
}
