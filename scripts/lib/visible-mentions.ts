import type { Page } from 'playwright-core';

/** A highlighted mention wholly inside the viewport: its highlight, its text and its first line box. */
export interface VisibleMention {
  key: string;
  /** The mention's text, runs of white space as one space. */
  text: string;
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Every highlighted mention of the highlights whose names start with
 * `prefix` that is wholly inside the viewport, read from the page's highlight
 * registry (shared with the content script's world). Used by the demo's and
 * the bench's hovers, which then pick one each their own way.
 */
export function visibleMentions(page: Page, prefix: string): Promise<VisibleMention[]> {
  return page.evaluate((wanted) => {
    const found: VisibleMention[] = [];
    // One live Range for all: the page keeps every live Range updated on each
    // DOM change until it is collected, so one per mention would slow the very
    // card rendering the bench times.
    const live = document.createRange();
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith(wanted)) {
        continue;
      }
      for (const range of highlight) {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const rect = live.getClientRects()[0];
        if (rect && rect.top >= 0 && rect.bottom <= innerHeight) {
          const { left, top, width, height } = rect;
          found.push({ key, text: live.toString().replace(/\s+/g, ' '), left, top, width, height });
        }
      }
    }
    return found;
  }, prefix);
}
