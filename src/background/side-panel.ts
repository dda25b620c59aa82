import browser from 'webextension-polyfill';
import { requestGroupInSidePanel } from '../shared/side-panel-request';

/**
 * Opens the side panel for a tab, at a group when one is given. sidePanel.open
 * is called first, before any await, because Chrome only allows it while the
 * user's click that led here still counts as a gesture.
 */
export async function openSidePanel(tabId: number | undefined, groupId: string | null): Promise<void> {
  const opening =
    tabId !== undefined && chrome.sidePanel ? chrome.sidePanel.open({ tabId }) : Promise.resolve();
  await Promise.all([opening, groupId ? requestGroupInSidePanel(groupId) : undefined]);
  if (groupId) {
    await browser.runtime.sendMessage({ type: 'bg/show-group', groupId }).catch(() => undefined);
  }
}
