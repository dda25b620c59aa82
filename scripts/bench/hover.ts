import type { Page } from 'playwright-core';
import { visibleMentions, type VisibleMention } from '../lib/visible-mentions';

/**
 * Hover-to-card latency: from the pointermove event to the extension's
 * nktl:card-open mark, both on the page's performance clock. The event is
 * read by a capture listener the bench adds on the page's window, which runs
 * before the extension's listener on the document.
 * Each sample scrolls to a different stop down the page, rests the pointer
 * in the empty left margin until any card has closed, then makes one move
 * onto the highlighted mention nearest the middle of the screen, so exactly
 * one pointermove reaches it.
 */

const AWAY = { x: 8, y: 8 };
const CLOSE_WAIT_MS = 500;
const SCROLL_SETTLE_MS = 300;

export interface HoverLatencies {
  /** From the pointermove reaching the page to the card being rendered and placed: the extension's own latency. */
  fromDispatch: number[];
  /**
   * From the pointermove reaching the page to the end of the main thread's
   * work on the frame it arrived in: the card's layout and the page's own
   * style, layout and paint included. Context, not the target: on the
   * bench's 5 MB article the page's paint alone takes ~20 ms a frame.
   */
  toFrameEnd: number[];
  /**
   * From the event's timestamp: adds the time the browser held the event
   * before dispatching it, up to a frame, since Chromium delivers pointer
   * moves aligned to animation frames.
   */
  fromTimestamp: number[];
}

export async function hoverLatencies(page: Page, count: number): Promise<HoverLatencies> {
  await page.evaluate(() => {
    // On window, in the capture phase: before any listener on the document (the extension's).
    window.addEventListener(
      'pointermove',
      (event) => {
        const scope = window as unknown as Record<string, unknown>;
        const move: Record<string, number> = { created: event.timeStamp, dispatched: performance.now() };
        scope.__nktlBenchMove = move;
        // Chromium dispatches pointer moves at the start of a frame: this
        // animation-frame callback runs later in the same frame, and a task
        // it posts runs once the frame's style, layout and paint are done.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => (move.frameEnd = performance.now());
          channel.port2.postMessage(null);
        });
      },
      { capture: true, passive: true },
    );
  });
  const latencies: HoverLatencies = { fromDispatch: [], toFrameEnd: [], fromTimestamp: [] };
  for (let index = 0; index < count; index += 1) {
    await page.mouse.move(AWAY.x, AWAY.y);
    // Scroll to the next stop down the article, as a reader would, give the
    // extension a moment to register the ranges now near the viewport, then
    // aim at a highlighted mention in the middle of the screen.
    await page.evaluate(
      ({ index, count }) =>
        window.scrollTo({
          top: ((index + 0.5) / count) * (document.documentElement.scrollHeight - innerHeight),
          behavior: 'instant',
        }),
      { index, count },
    );
    await page.waitForTimeout(SCROLL_SETTLE_MS);
    // The highlighted mention nearest the middle of the screen.
    const mentions = (await visibleMentions(page, 'nktl-')).filter((mention) => mention.width > 2);
    const screenMiddle = (page.viewportSize()?.height ?? 0) / 2;
    const middle = (mention: VisibleMention) => Math.abs(mention.top + mention.height / 2 - screenMiddle);
    const nearest = mentions.sort((a, b) => middle(a) - middle(b))[0];
    const point = nearest && { x: nearest.left + nearest.width / 2, y: nearest.top + nearest.height / 2 };
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
          const move = (
            window as unknown as Record<string, { created: number; dispatched: number; frameEnd?: number }>
          ).__nktlBenchMove;
          const opened = marks.at(-1)?.startTime;
          return marks.length > before && move?.frameEnd !== undefined && opened !== undefined
            ? {
                fromDispatch: opened - move.dispatched,
                toFrameEnd: move.frameEnd - move.dispatched,
                fromTimestamp: opened - move.created,
              }
            : null;
        },
        opensBefore,
        { timeout: 3_000, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    if (latency) {
      latencies.fromDispatch.push(latency.fromDispatch);
      latencies.toFrameEnd.push(latency.toFrameEnd);
      latencies.fromTimestamp.push(latency.fromTimestamp);
    }
  }
  return latencies;
}
