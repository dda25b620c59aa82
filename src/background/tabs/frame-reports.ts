import browser from 'webextension-polyfill';
import type { FrameReport } from '../../shared/views/page-views';

/**
 * What each frame of each tab last reported, kept in storage.session so it
 * survives the service worker being stopped (but not the browser closing).
 */
const keyFor = (tabId: number) => `nktl:frames:${tabId}`;

export type TabFrames = Record<string, FrameReport>;

export async function readTabFrames(tabId: number): Promise<TabFrames> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  return (stored[keyFor(tabId)] as TabFrames | undefined) ?? {};
}

/** Stores one frame's report and returns the tab's total mention count. */
export async function recordFrameReport(
  tabId: number,
  frameId: number,
  report: FrameReport,
): Promise<number> {
  const frames = await readTabFrames(tabId);
  frames[String(frameId)] = report;
  await browser.storage.session.set({ [keyFor(tabId)]: frames });
  return Object.values(frames).reduce((sum, frame) => sum + frame.count, 0);
}

/** A tab navigating (or closing) makes every older frame report stale. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}

export function badgeText(count: number): string {
  if (count <= 0) {
    return '';
  }
  return count > 999 ? '999+' : String(count);
}
