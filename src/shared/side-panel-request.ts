import browser from 'webextension-polyfill';

/**
 * The group the side panel should open at. Written by the background when a
 * card or popup asks for the panel, taken once by the panel as it starts (a
 * panel already open gets the `bg/show-group` broadcast instead).
 */
export const REQUESTED_GROUP_KEY = 'nktl:side-panel-group';

export async function requestGroupInSidePanel(groupId: string): Promise<void> {
  await browser.storage.session.set({ [REQUESTED_GROUP_KEY]: groupId });
}

export async function takeRequestedGroup(): Promise<string | null> {
  const stored = await browser.storage.session.get(REQUESTED_GROUP_KEY);
  await browser.storage.session.remove(REQUESTED_GROUP_KEY);
  const value = stored[REQUESTED_GROUP_KEY];
  return typeof value === 'string' ? value : null;
}
