import * as v from 'valibot';
import browser from 'webextension-polyfill';
import {
  backgroundToContentSchema,
  type BackgroundToContent,
} from '../shared/messages/background-to-content';
import { err, ok, type Result } from '../shared/result';

type Handler = (message: BackgroundToContent) => unknown;

/**
 * Receives the background's messages. Only this extension may talk to us;
 * anything malformed or unknown gets an error answer and changes nothing.
 */
export function listenToBackground(handle: Handler, signal: AbortSignal): void {
  const listener = (message: unknown, sender: browser.Runtime.MessageSender): Promise<Result<unknown>> => {
    if (sender.id !== browser.runtime.id || sender.tab) {
      return Promise.resolve(err('foreign-sender', 'Messages are only accepted from this extension.'));
    }
    const parsed = v.safeParse(backgroundToContentSchema, message);
    if (!parsed.success) {
      return Promise.resolve(err('bad-message', 'Unknown or malformed message.'));
    }
    return Promise.resolve(handle(parsed.output)).then(ok, (error: unknown) =>
      err('internal', error instanceof Error ? error.message : String(error)),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
