import browser from 'webextension-polyfill';
import { err, type Result } from '../result';
import type { BackgroundToContent } from './background-to-content';
import type { ContentRequest } from './content-to-background';
import type { BackgroundToContentResponses, ContentResponses, UiResponses } from './responses';
import type { UiRequest } from './ui-to-background';

async function send<T>(deliver: () => Promise<unknown>): Promise<Result<T>> {
  try {
    const answer = (await deliver()) as Result<T> | undefined;
    if (!answer || typeof answer !== 'object' || !('ok' in answer)) {
      return err('no-answer', 'The extension did not answer. Reload the page and try again.');
    }
    return answer;
  } catch (error) {
    return err('unreachable', error instanceof Error ? error.message : String(error));
  }
}

/** From a content script to the background. */
export function askBackgroundFromContent<R extends ContentRequest>(
  request: R,
): Promise<Result<ContentResponses[R['type']]>> {
  return send(() => browser.runtime.sendMessage(request));
}

/** From the side panel, popup or options page to the background. */
export function askBackground<R extends UiRequest>(request: R): Promise<Result<UiResponses[R['type']]>> {
  return send(() => browser.runtime.sendMessage(request));
}

/** From the background into one tab (all frames, or one frame). */
export function askTab<R extends BackgroundToContent>(
  tabId: number,
  request: R,
  frameId?: number,
): Promise<Result<BackgroundToContentResponses[R['type']]>> {
  return send(() =>
    browser.tabs.sendMessage(tabId, request, frameId === undefined ? undefined : { frameId }),
  );
}
