import browser, { type Tabs } from 'webextension-polyfill';

/** The tab the user is looking at in this window, if any. */
export async function getActiveTab(): Promise<Tabs.Tab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
