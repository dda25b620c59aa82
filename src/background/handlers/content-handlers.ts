import browser from 'webextension-polyfill';
import { splitBootstrap } from '../../shared/bootstrap-cache';
import type { ContentRequest } from '../../shared/messages/content-to-background';
import type { Handlers } from '../../shared/messages/dispatch';
import type { ContentResponses } from '../../shared/messages/responses';
import { hostOf } from '../../shared/site-rules';
import { openSidePanel } from '../side-panel';
import { aliasTarget } from '../state/watch-list';
import { saveSiteRule, setWatchSwitch } from '../store/user-data';
import { badgeText, recordFrameReport } from '../tabs/frame-reports';
import { fail, type HandlerContext } from './context';

export const contentHandlers: Handlers<ContentRequest, ContentResponses, HandlerContext> = {
  /** The head only: the page reads the terms from storage, chunk by chunk (bootstrap-cache.ts). */
  async 'content/bootstrap'(_request, { runtime }) {
    return splitBootstrap(await runtime.storedBootstrap()).head;
  },

  async 'content/report'(request, { tabId, frameId }) {
    if (tabId === undefined || frameId === undefined) {
      return null;
    }
    const total = await recordFrameReport(tabId, frameId, {
      url: request.url,
      count: request.count,
      countsByKey: request.countsByKey,
    });
    await browser.action.setBadgeText({ tabId, text: badgeText(total) });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3122e' });
    await browser.runtime.sendMessage({ type: 'bg/mentions-changed', tabId }).catch(() => undefined);
    return null;
  },

  async 'content/unwatch-term'(request, { runtime }) {
    if (request.termId.startsWith('custom:')) {
      const term = await runtime.db.get('customTerms', request.termId);
      if (!term) {
        fail('not-found', 'That custom term no longer exists.');
      }
      await runtime.db.put('customTerms', { ...term, enabled: false });
    } else {
      const alias = await runtime.db.get('aliases', request.termId);
      const imported = (await runtime.dataset()).aliases.some((candidate) => candidate.id === request.termId);
      if (!alias && !imported) {
        fail('not-found', 'That name is not in the dataset.');
      }
      await setWatchSwitch(runtime.db, aliasTarget(request.termId), false);
    }
    await runtime.changed('user');
    return null;
  },

  async 'content/disable-site'(request, { runtime, now }) {
    const host = hostOf(request.url);
    if (!host) {
      fail('bad-url', 'This page has no site to switch off.');
    }
    await saveSiteRule(runtime.db, { pattern: host, mode: 'deny' }, now());
    await runtime.changed('user');
    return null;
  },

  async 'content/open-side-panel'(request, { tabId }) {
    await openSidePanel(tabId, request.groupId);
    return null;
  },
};
