import type { Page } from 'playwright-core';

/**
 * Hover-to-card latency: from the pointermove event (its timeStamp, read by a
 * capture listener the bench adds in the page's main world) to the
 * extension's nktl:card-open mark. Both are on the page's performance clock.
 * Each sample scrolls a different mention into view, rests the pointer in
 * the empty left margin until any card has closed, then makes one move onto
 * the mention, so exactly one pointermove reaches it.
 */

const AWAY = { x: 8, y: 8 };
const CLOSE_WAIT_MS = 500;

export async function hoverLatencies(page: Page, count: number): Promise<number[]> {
  await page.evaluate(() => {
    document.addEventListener(
      'pointermove',
      (event) => {
        (window as unknown as Record<string, unknown>).__nktlBenchMove = event.timeStamp;
      },
      { capture: true, passive: true },
    );
  });
  const latencies: number[] = [];
  for (let index = 0; index < count; index += 1) {
    await page.mouse.move(AWAY.x, AWAY.y);
    const point = await page.evaluate(
      ({ index, count }) => {
        const ranges: AbstractRange[] = [];
        for (const [name, highlight] of CSS.highlights) {
          if (name.startsWith('nktl-')) {
            ranges.push(...highlight);
          }
        }
        const range = ranges[Math.floor(((index + 0.5) * ranges.length) / count)];
        if (!range) {
          return null;
        }
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const rect = live.getClientRects()[0];
        return rect && rect.width > 2
          ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 }
          : null;
      },
      { index, count },
    );
    if (!point) {
      continue;
    }
    await page.waitForTimeout(CLOSE_WAIT_MS);
    const opensBefore = await page.evaluate(() => performance.getEntriesByName('nktl:card-open').length);
    await page.mouse.move(point.x, point.y);
    const latency = await page
      .waitForFunction(
        (before) => {
          const marks = performance.getEntriesByName('nktl:card-open');
          const move = (window as unknown as Record<string, number>).__nktlBenchMove;
          return marks.length > before && move !== undefined ? (marks.at(-1)?.startTime ?? 0) - move : null;
        },
        opensBefore,
        { timeout: 3_000, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    if (typeof latency === 'number') {
      latencies.push(latency);
    }
  }
  return latencies;
}
