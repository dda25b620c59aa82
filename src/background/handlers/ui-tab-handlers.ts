import type { Handlers } from '../../shared/messages/dispatch';
import type { UiResponses } from '../../shared/messages/responses';
import { askTab } from '../../shared/messages/send';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import type { PageMentions } from '../../shared/views/page-views';
import { openSidePanel } from '../side-panel';
import { readTabFrames } from '../tabs/frame-reports';
import { fail, type HandlerContext } from './context';

type TabRequest = Extract<
  UiRequest,
  { type: 'ui/tab-mentions' | 'ui/reveal-mention' | 'ui/open-side-panel' }
>;

export const uiTabHandlers: Handlers<TabRequest, UiResponses, HandlerContext> = {
  /** Every frame that reported mentions is asked for its list; the top frame gives the URL and title. */
  async 'ui/tab-mentions'(request, { now }) {
    const frames = await readTabFrames(request.tabId);
    const frameIds = [...new Set([0, ...Object.keys(frames).map(Number)])];
    const answers = await Promise.all(
      frameIds.map((frameId) => askTab(request.tabId, { type: 'bg/list-mentions' }, frameId)),
    );
    // A content script does not know its own frame id; the answer's origin does.
    const lists = answers.flatMap((answer, i) =>
      answer.ok
        ? [
            {
              ...answer.value,
              mentions: answer.value.mentions.map((m) => ({ ...m, frameId: frameIds[i] ?? 0 })),
            },
          ]
        : [],
    );
    const top = answers[0]?.ok ? answers[0].value : lists[0];
    const merged: PageMentions = {
      url: top?.url ?? '',
      title: top?.title ?? '',
      takenAt: now().toISOString(),
      mentions: lists.flatMap((list) => list.mentions),
    };
    return merged;
  },

  async 'ui/reveal-mention'(request) {
    const answer = await askTab(
      request.tabId,
      { type: 'bg/reveal-mention', index: request.index },
      request.frameId,
    );
    if (!answer.ok || !answer.value) {
      fail('not-found', 'That mention is no longer on the page.');
    }
    return null;
  },

  async 'ui/open-side-panel'(request, { tabId }) {
    await openSidePanel(request.tabId ?? tabId, request.groupId);
    return null;
  },
};
