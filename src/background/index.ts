/**
 * The service worker: owns the IndexedDB store, answers every message,
 * keeps the badge, context menu, keyboard commands and side panel wired.
 * Chrome may stop it whenever it is idle; all state is rebuilt on wake.
 */
import browser from 'webextension-polyfill';
import bundledDataset from '../../assets/dataset/dataset.json';
import type { Dataset } from '../shared/dataset/types';
import { dispatch } from '../shared/messages/dispatch';
import { askTab } from '../shared/messages/send';
import { createContextMenu, onContextMenuClick } from './context-menu';
import { backgroundRoutes } from './handlers/routes';
import { browserPorts } from './ports';
import { BackgroundRuntime } from './runtime';
import { ensureBundledDataset } from './store/dataset-load';
import { openStore } from './store/open';
import { forgetTab } from './tabs/frame-reports';

const self = { id: browser.runtime.id, origin: browser.runtime.getURL('') };

let runtimePromise: Promise<BackgroundRuntime> | null = null;

/** Opens the store and loads the bundled dataset if its version changed; once per wake. */
function getRuntime(): Promise<BackgroundRuntime> {
  runtimePromise ??= (async () => {
    const db = await openStore();
    const runtime = new BackgroundRuntime(db, browserPorts);
    if (await ensureBundledDataset(db, bundledDataset as Dataset)) {
      await runtime.changed('dataset');
    }
    return runtime;
  })();
  runtimePromise.catch(() => {
    runtimePromise = null;
  });
  return runtimePromise;
}

browser.runtime.onInstalled.addListener(() => {
  createContextMenu();
  // Refresh the content scripts' start-up cache for this version of the extension.
  void getRuntime().then((runtime) => runtime.changed('dataset'));
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  return getRuntime().then((runtime) =>
    dispatch(message, sender, self, backgroundRoutes, {
      runtime,
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      now: () => new Date(),
    }),
  );
});

browser.commands.onCommand.addListener(async (command: string) => {
  if (command !== 'next-mention' && command !== 'previous-mention' && command !== 'open-card') {
    return;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) {
    await askTab(tab.id, { type: 'bg/command', command }, 0);
  }
});

browser.contextMenus.onClicked.addListener((info) => {
  void getRuntime().then((runtime) => onContextMenuClick(info, runtime));
});

browser.tabs.onRemoved.addListener((tabId: number) => {
  void forgetTab(tabId);
});

// A navigation starting in a tab makes its frames' reports stale. This fires before any
// content script of the new page runs, so a fast iframe's first report is never lost.
browser.tabs.onUpdated.addListener((tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
  if (change.status === 'loading') {
    void forgetTab(tabId);
  }
});

// The toolbar button opens the popup; the side panel opens from the popup, a card, or the browser's menu.
void chrome.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false });
