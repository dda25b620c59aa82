import browser from 'webextension-polyfill';
import type { BackgroundRuntime } from './runtime';
import { saveCustomTerm } from './store/user-data';

const MENU_ID = 'nktl-watch-selection';
const DEFAULT_CUSTOM_COLOUR = '#ffb000';

/** Context menus persist across service-worker restarts; create them once per install/update. */
export function createContextMenu(): void {
  browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Watch “%s” with NK Threat Lens',
      contexts: ['selection'],
    }),
  );
}

export async function onContextMenuClick(
  info: { menuItemId: string | number; selectionText?: string },
  runtime: BackgroundRuntime,
): Promise<void> {
  const text = info.selectionText?.replace(/\s+/g, ' ').trim().slice(0, 200);
  if (info.menuItemId !== MENU_ID || !text) {
    return;
  }
  await saveCustomTerm(
    runtime.db,
    { text, label: text, color: DEFAULT_CUSTOM_COLOUR, caseSensitive: false, wholeWord: true, enabled: true },
    new Date(),
  );
  await runtime.changed('user');
}
