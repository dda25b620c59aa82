import type { BrowserContext, Page } from 'playwright-core';
import { loadScanned } from './browsers';
import { readState } from './page-probes';
import { median } from './stats';

/**
 * What the extension adds to the page's own style recalculations, after its
 * scan: the same page in the extension's browser and in a plain one, each
 * made to recalculate every element's style several times (a custom
 * property set on the root element, which every element inherits), median
 * of each, as a ratio.
 *
 * Why it matters: while a document holds any ::highlight() rule, Chromium
 * computes highlight styles for every element it restyles, and the cost
 * grows with the number of rules. Measured on a page the watch list does
 * not mention (most pages a reader visits) and on the bench's article.
 */

const RECALCS = 15;

export interface StyleCost {
  extensionMs: number;
  plainMs: number;
  /** Ranges the extension registered on its last load (0 on a page that names no group). */
  highlights: number;
}

/** Median time of a forced whole-document style recalculation, in the page. */
function recalcMedian(page: Page): Promise<number> {
  return page.evaluate((count) => {
    const times: number[] = [];
    const root = document.documentElement;
    for (let index = 0; index < count; index++) {
      root.style.setProperty('--nktl-bench-restyle', String(index));
      const started = performance.now();
      // Reading a computed style of the deepest-reaching kind forces the recalculation now.
      void getComputedStyle(document.body.lastElementChild ?? document.body).color;
      void root.offsetHeight;
      times.push(performance.now() - started);
    }
    root.style.removeProperty('--nktl-bench-restyle');
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? NaN;
  }, RECALCS);
}

export async function measureStyleCost(
  extension: BrowserContext,
  plain: BrowserContext,
  blankUrl: string,
  url: string,
): Promise<StyleCost> {
  const extensionTimes: number[] = [];
  const plainTimes: number[] = [];
  let highlights = 0;
  // Interleaved, three loads each: the machine's noise hits both alike.
  for (let round = 0; round < 3; round++) {
    const withExtension = await loadScanned(extension, blankUrl, url);
    // The rules of keys found off screen come in a batch a second later (see painter.ts).
    await withExtension.waitForTimeout(1_500);
    extensionTimes.push(await recalcMedian(withExtension));
    highlights = (await readState(withExtension, 'nktl-')).highlights;
    await withExtension.close();

    const bare = await plain.newPage();
    await bare.goto(url, { timeout: 120_000 });
    await bare.waitForTimeout(1_500);
    plainTimes.push(await recalcMedian(bare));
    await bare.close();
  }
  return { extensionMs: median(extensionTimes), plainMs: median(plainTimes), highlights };
}
