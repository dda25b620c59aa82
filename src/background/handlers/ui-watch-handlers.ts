import type { Handlers } from '../../shared/messages/dispatch';
import type { UiResponses } from '../../shared/messages/responses';
import type { UiRequest } from '../../shared/messages/ui-to-background';
import { hostOf, matchScore } from '../../shared/site-rules';
import { parseWatchListFile } from '../../shared/watch/watchlist-file';
import {
  saveCustomTerm,
  saveCustomTerms,
  saveSiteRule,
  setSetting,
  setWatchSwitch,
} from '../store/user-data';
import { fail, type HandlerContext } from './context';

type WatchRequest = Extract<
  UiRequest,
  {
    type:
      | 'ui/set-switch'
      | 'ui/save-custom-term'
      | 'ui/remove-custom-term'
      | 'ui/save-site-rule'
      | 'ui/remove-site-rule'
      | 'ui/set-site-enabled'
      | 'ui/set-setting'
      | 'ui/watchlist-import';
  }
>;

export const uiWatchHandlers: Handlers<WatchRequest, UiResponses, HandlerContext> = {
  async 'ui/set-switch'(request, { runtime }) {
    if (!/^(group|alias):/.test(request.target)) {
      fail('bad-target', 'A switch target is "group:<id>" or "alias:<id>".');
    }
    await setWatchSwitch(runtime.db, request.target, request.enabled);
    await runtime.changed('user');
    return null;
  },

  async 'ui/save-custom-term'(request, { runtime, now }) {
    const term = await saveCustomTerm(runtime.db, request.term, now());
    await runtime.changed('user');
    return term;
  },

  async 'ui/remove-custom-term'(request, { runtime }) {
    await runtime.db.delete('customTerms', request.id);
    await runtime.changed('user');
    return null;
  },

  async 'ui/save-site-rule'(request, { runtime, now }) {
    await saveSiteRule(runtime.db, request.rule, now());
    await runtime.changed('user');
    return null;
  },

  async 'ui/remove-site-rule'(request, { runtime }) {
    await runtime.db.delete('siteRules', request.id);
    await runtime.changed('user');
    return null;
  },

  /** The popup's switch for the current site: deny its host, or lift every deny that covers the page. */
  async 'ui/set-site-enabled'(request, { runtime, now }) {
    const host = hostOf(request.url);
    if (!host) {
      fail('bad-url', 'This page has no site to switch.');
    }
    if (request.enabled) {
      const rules = await runtime.db.getAll('siteRules');
      const denying = rules.filter(
        (rule) => rule.mode === 'deny' && matchScore(request.url, rule.pattern) >= 0,
      );
      await Promise.all(denying.map((rule) => runtime.db.delete('siteRules', rule.id)));
    } else {
      await saveSiteRule(runtime.db, { pattern: host, mode: 'deny' }, now());
    }
    await runtime.changed('user');
    return null;
  },

  async 'ui/set-setting'(request, { runtime }) {
    await setSetting(runtime.db, request.key, request.value);
    await runtime.changed('user');
    return null;
  },

  async 'ui/watchlist-import'(request, { runtime, now }) {
    const parsed = parseWatchListFile(request.fileName, request.text, request.byteLength);
    if (!parsed.ok) {
      fail(parsed.error.code, parsed.error.message);
    }
    const counts = await saveCustomTerms(runtime.db, parsed.value, now());
    await runtime.changed('user');
    return counts;
  },
};
