import browser from 'webextension-polyfill';
import { BOOTSTRAP_CACHE_KEY } from '../../shared/bootstrap-cache';
import { askBackgroundFromContent } from '../../shared/messages/send';
import type { ContentBootstrap } from '../../shared/views/state-views';

/** The last bootstrap the background saved: available at once, even while the service worker sleeps. */
export async function cachedBootstrap(): Promise<ContentBootstrap | null> {
  try {
    const stored = await browser.storage.local.get(BOOTSTRAP_CACHE_KEY);
    const value = stored[BOOTSTRAP_CACHE_KEY] as ContentBootstrap | undefined;
    return value && Array.isArray(value.watchList?.terms) ? value : null;
  } catch {
    return null;
  }
}

/** A fresh bootstrap from the background (wakes it if needed). */
export async function freshBootstrap(): Promise<ContentBootstrap | null> {
  const answer = await askBackgroundFromContent({ type: 'content/bootstrap', url: location.href });
  return answer.ok ? answer.value : null;
}
