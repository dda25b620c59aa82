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

const RETRIES = 5;
const FIRST_RETRY_MS = 150;

/**
 * A fresh bootstrap from the background (wakes it if needed). Right after
 * install or an update the service worker may not answer yet, so a failure
 * is retried a few times with growing pauses before giving up.
 */
export async function freshBootstrap(): Promise<ContentBootstrap | null> {
  for (let attempt = 0; ; attempt++) {
    const answer = await askBackgroundFromContent({ type: 'content/bootstrap', url: location.href });
    if (answer.ok) {
      return answer.value;
    }
    if (attempt >= RETRIES) {
      console.warn(`NK Threat Lens: the extension's background did not answer (${answer.error.message}).`);
      return null;
    }
    await new Promise((resume) => setTimeout(resume, FIRST_RETRY_MS * 2 ** attempt));
  }
}
