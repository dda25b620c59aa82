import type { BrowserContext, Page } from 'playwright-core';
import { visibleMentions, type VisibleMention } from './visible-mentions';

/**
 * Moves the pointer onto a highlighted group mention — the first visible one
 * of a highlight key, or the one whose text is `text` — and lets the card open.
 * The card lives in a closed shadow root; callers check it through DevTools.
 */
export async function hoverFirstMention(
  page: Page,
  key?: string,
  text?: string,
): Promise<{ x: number; y: number }> {
  // Polled: the extension registers the ranges near the viewport a frame or
  // two after its scan, when the page's IntersectionObserver reports.
  const deadline = Date.now() + 10_000;
  let mention: VisibleMention | undefined;
  while (!mention && Date.now() < deadline) {
    mention = (await visibleMentions(page, 'nktl-g-')).find(
      (candidate) => (!key || candidate.key === key) && (!text || candidate.text === text),
    );
    if (!mention) {
      await page.waitForTimeout(100);
    }
  }
  if (!mention) {
    throw new Error(`No visible highlighted mention${text ? ` "${text}"` : ''} to hover.`);
  }
  const point = { x: mention.left + Math.min(mention.width / 2, 20), y: mention.top + mention.height / 2 };
  // Arrive from just above, so the pointer crosses no other mention on the way.
  await page.mouse.move(point.x, Math.max(0, point.y - 12));
  await page.mouse.move(point.x, point.y, { steps: 2 });
  await page.waitForTimeout(150);
  return point;
}

/**
 * Opens an extension page (the side panel's, the popup's) as a background tab
 * next to `target`, so the tab the page treats as "the one the user looks at"
 * stays `target`, as it does for the real side panel and popup; headless
 * Chromium draws no browser UI to screenshot. With a group id, the side panel
 * opens at that group's profile, as it does from a card's button.
 */
export async function openBesidePage(
  context: BrowserContext,
  extensionId: string,
  target: Page,
  path: string,
  options: { groupId?: string; size?: { width: number; height: number } } = {},
): Promise<Page> {
  await target.bringToFront();
  const worker = context.serviceWorkers()[0];
  if (!worker) {
    throw new Error('The extension service worker is not running.');
  }
  const url = `chrome-extension://${extensionId}/${path}`;
  const opened = context.waitForEvent('page', (page) => page.url().startsWith(url));
  await worker.evaluate(
    async ([pageUrl, groupId]) => {
      if (groupId) {
        await chrome.storage.session.set({ 'nktl:side-panel-group': groupId });
      }
      await chrome.tabs.create({ url: pageUrl as string, active: false });
    },
    [url, options.groupId ?? null],
  );
  const page = await opened;
  await page.setViewportSize(options.size ?? { width: 400, height: 800 });
  await page.waitForLoadState('load');
  await page.waitForTimeout(800);
  return page;
}

/** The side panel beside a page: see openBesidePage. */
export function openSidePanelPage(context: BrowserContext, extensionId: string, target: Page): Promise<Page> {
  return openBesidePage(context, extensionId, target, 'src/sidepanel/index.html');
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
