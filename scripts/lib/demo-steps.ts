import type { BrowserContext, Page } from 'playwright-core';

/**
 * Moves the pointer onto a highlighted group mention — the first visible one
 * of a highlight key, or the one whose text is `text` — and lets the card open.
 * The card lives in a closed shadow root; callers check it through DevTools.
 */
export async function hoverFirstMention(page: Page, key?: string, text?: string): Promise<void> {
  const point = await page.evaluate(
    ([wantedKey, wantedText]) => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('nktl-g-') || (wantedKey && name !== wantedKey)) {
          continue;
        }
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          const rect = live.getClientRects()[0];
          const textMatches = !wantedText || live.toString().replace(/\s+/g, ' ') === wantedText;
          if (rect && textMatches && rect.top >= 0 && rect.bottom <= innerHeight) {
            return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
          }
        }
      }
      return null;
    },
    [key ?? null, text ?? null],
  );
  if (!point) {
    throw new Error(`No visible highlighted mention${text ? ` "${text}"` : ''} to hover.`);
  }
  // Arrive from just above, so the pointer crosses no other mention on the way.
  await page.mouse.move(point.x, Math.max(0, point.y - 12));
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await page.waitForTimeout(150);
}

/**
 * Opens the side panel's page in a tab of its own, pointed at the given page's
 * tab (?tabId=), since headless Chromium draws no browser UI to screenshot.
 */
export async function openSidePanelPage(
  context: BrowserContext,
  extensionId: string,
  target: Page,
): Promise<Page> {
  const tabId = await tabIdOf(context, target);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/src/sidepanel/index.html?tabId=${tabId}`);
  await panel.waitForTimeout(800);
  return panel;
}

/**
 * The browser's tab id of a page. The extension has no "tabs" permission, so
 * it cannot see URLs; bring the page to the front and ask for the active tab.
 */
export async function tabIdOf(context: BrowserContext, target: Page): Promise<number> {
  const worker = context.serviceWorkers()[0];
  if (!worker) {
    throw new Error('The extension service worker is not running.');
  }
  await target.bringToFront();
  const id = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) {
    throw new Error(`No active tab found for ${target.url()}`);
  }
  return id;
}
