import browser from 'webextension-polyfill';
import {
  BOOTSTRAP_CACHE_KEY,
  isBootstrapHead,
  termChunkKey,
  unpackChunk,
  withTermRuns,
  type BootstrapHead,
  type PageBootstrap,
} from '../../shared/bootstrap-cache';
import type { UnpackedTerms } from '../../shared/watch/packed-terms';
import { askBackgroundFromContent } from '../../shared/messages/send';

/**
 * The head's term chunks, one storage read each, so no single task of the
 * page deserializes a long watch list (see bootstrap-cache.ts). Null when a
 * chunk is missing or belongs to another list (a write raced this read).
 */
async function withTerms(head: BootstrapHead): Promise<PageBootstrap | null> {
  const runs: UnpackedTerms[] = [];
  for (let index = 0; index < head.watchList.chunks; index++) {
    const key = termChunkKey(index);
    // Checked as it arrives, in the task that read it.
    const run = unpackChunk((await browser.storage.local.get(key))[key], head.watchList.revision);
    if (!run) {
      return null;
    }
    runs.push(run);
  }
  return withTermRuns(head, runs);
}

/** The last bootstrap the background saved: available at once, even while the service worker sleeps. */
export async function cachedBootstrap(): Promise<PageBootstrap | null> {
  try {
    const head: unknown = (await browser.storage.local.get(BOOTSTRAP_CACHE_KEY))[BOOTSTRAP_CACHE_KEY];
    return isBootstrapHead(head) ? await withTerms(head) : null;
  } catch {
    return null;
  }
}

const RETRIES = 5;
const FIRST_RETRY_MS = 150;

/**
 * The background's current bootstrap (wakes it if needed). `known`, what the
 * page has already, is returned as it is when nothing changed, and its terms
 * are reused when only the rest did. Right after install or an update the
 * service worker may not answer yet, and a change may land between the answer
 * and the reading of its chunks: both are retried a few times with growing
 * pauses before giving up.
 */
export async function freshBootstrap(known: PageBootstrap | null): Promise<PageBootstrap | null> {
  for (let attempt = 0; ; attempt++) {
    const answer = await askBackgroundFromContent({ type: 'content/bootstrap', url: location.href });
    if (answer.ok && isBootstrapHead(answer.value)) {
      const head = answer.value;
      if (known && head.revision === known.revision) {
        return known;
      }
      const { chunks: _chunks, ...listRest } = head.watchList;
      const fresh =
        known && head.watchList.revision === known.watchList.revision
          ? { ...head, watchList: { ...known.watchList, ...listRest } }
          : await withTerms(head).catch(() => null);
      if (fresh) {
        return fresh;
      }
    }
    if (attempt >= RETRIES) {
      const why = answer.ok ? 'its watch list kept changing' : answer.error.message;
      console.warn(`NK Threat Lens: the extension's background did not answer (${why}).`);
      return null;
    }
    await new Promise((resume) => setTimeout(resume, FIRST_RETRY_MS * 2 ** attempt));
  }
}
