import browser from 'webextension-polyfill';
import { BOOTSTRAP_CACHE_KEY } from '../shared/bootstrap-cache';
import type { RuntimePorts } from './runtime';

/** The browser side of the runtime: the start-up cache and the change broadcast. */
export const browserPorts: RuntimePorts = {
  extensionVersion: browser.runtime.getManifest().version,

  async saveBootstrap(bootstrap) {
    await browser.storage.local.set({ [BOOTSTRAP_CACHE_KEY]: bootstrap });
  },

  async broadcastStateChanged(revision) {
    // Fire and forget: a content script answering this asks us for a fresh
    // bootstrap, so waiting for its answer here could wait on ourselves.
    const tabs = await browser.tabs.query({});
    for (const tab of tabs) {
      if (tab.id !== undefined) {
        // Tabs without our content script (chrome:// pages, the store) reject: nothing to tell them.
        browser.tabs.sendMessage(tab.id, { type: 'bg/state-changed', revision }).catch(() => undefined);
      }
    }
    browser.runtime.sendMessage({ type: 'bg/ui-state-changed' }).catch(() => undefined);
  },
};
