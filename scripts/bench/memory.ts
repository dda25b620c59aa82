import type { BrowserContext, Page } from 'playwright-core';

/**
 * JS heap of a page's renderer after a forced full GC (CDP), in bytes. The
 * content script's isolated world lives in the same V8 isolate as the page,
 * so the difference between the same article with and without the extension
 * is what the extension adds. With Blink's unified heap, DOM-side objects
 * (StaticRange, Highlight) are counted as embedder heap; both are summed.
 */
export async function heapBytes(context: BrowserContext, page: Page): Promise<number> {
  const session = await context.newCDPSession(page);
  try {
    await session.send('HeapProfiler.enable');
    for (let round = 0; round < 2; round += 1) {
      await session.send('HeapProfiler.collectGarbage');
    }
    const usage = (await session.send('Runtime.getHeapUsage')) as {
      usedSize: number;
      embedderHeapUsedSize?: number;
    };
    return usage.usedSize + (usage.embedderHeapUsedSize ?? 0);
  } finally {
    await session.detach();
  }
}
