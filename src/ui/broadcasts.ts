import * as v from 'valibot';
import browser, { type Runtime } from 'webextension-polyfill';
import { backgroundToUiSchema, type BackgroundToUi } from '../shared/messages/background-to-ui';

/**
 * Reads a runtime message as a broadcast from our background, or null.
 * Requests other pages send to the background pass through every open
 * extension page too, so anything not 'bg/' must be left alone.
 */
export function readBroadcast(
  message: unknown,
  sender: { id?: string },
  selfId: string,
): BackgroundToUi | null {
  if (sender.id !== selfId) {
    return null;
  }
  const type = (message as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !type.startsWith('bg/')) {
    return null;
  }
  const parsed = v.safeParse(backgroundToUiSchema, message);
  return parsed.success ? parsed.output : null;
}

/**
 * Listens for background broadcasts. The listener returns undefined, never a
 * Promise or `true`: either would claim the message and answer, in place of
 * the background, requests meant for it.
 */
export function listenForBroadcasts(onBroadcast: (message: BackgroundToUi) => void): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): undefined => {
    const broadcast = readBroadcast(message, sender, browser.runtime.id);
    if (broadcast) {
      onBroadcast(broadcast);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
