import browser from 'webextension-polyfill';
import {
  BOOTSTRAP_CACHE_KEY,
  isBootstrapHead,
  splitBootstrap,
  termChunkKey,
} from '../shared/bootstrap-cache';
import type { RuntimePorts } from './runtime';

/** How many term chunks a stored head (of any cache layout) says it has. */
function chunkCount(head: unknown): number {
  const chunks = (head as { watchList?: { chunks?: unknown } } | null)?.watchList?.chunks;
  return typeof chunks === 'number' && Number.isInteger(chunks) && chunks > 0 ? chunks : 0;
}

/** The browser side of the runtime: the start-up cache and the change broadcast. */
export const browserPorts: RuntimePorts = {
  extensionVersion: browser.runtime.getManifest().version,

  /** Head and term chunks in one write (see bootstrap-cache.ts); skipped when storage holds this revision. */
  async saveBootstrap(bootstrap) {
    const { head, chunks } = splitBootstrap(bootstrap);
    const previous: unknown = (await browser.storage.local.get(BOOTSTRAP_CACHE_KEY))[BOOTSTRAP_CACHE_KEY];
    // Counted on a head of any layout: an older one's chunks are as stale.
    const before = chunkCount(previous);
    if (isBootstrapHead(previous) && previous.revision === head.revision && before === chunks.length) {
      return;
    }
    await browser.storage.local.set({
      [BOOTSTRAP_CACHE_KEY]: head,
      ...Object.fromEntries(chunks.map((chunk, index) => [termChunkKey(index), chunk])),
    });
    // Chunks of a longer list written before are no one's now.
    const stale = Array.from({ length: Math.max(0, before - chunks.length) }, (_, offset) =>
      termChunkKey(chunks.length + offset),
    );
    if (stale.length > 0) {
      await browser.storage.local.remove(stale);
    }
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
