import * as v from 'valibot';
import { customTermInput, frameId, id, shortText, siteRuleInput, tabId, url } from './fields';

const text = v.pipe(v.string(), v.maxLength(30 * 1024 * 1024));

/** Requests the extension's own pages (side panel, popup, options) send to the background. */
export const uiRequestSchema = v.variant('type', [
  v.object({ type: v.literal('ui/overview') }),
  v.object({ type: v.literal('ui/group'), groupId: id }),
  v.object({ type: v.literal('ui/search'), query: shortText }),
  v.object({ type: v.literal('ui/set-switch'), target: id, enabled: v.boolean() }),
  v.object({ type: v.literal('ui/save-custom-term'), term: customTermInput }),
  v.object({ type: v.literal('ui/remove-custom-term'), id }),
  v.object({ type: v.literal('ui/save-site-rule'), rule: siteRuleInput }),
  v.object({ type: v.literal('ui/remove-site-rule'), id }),
  v.object({ type: v.literal('ui/set-site-enabled'), url, enabled: v.boolean() }),
  v.object({ type: v.literal('ui/set-setting'), key: id, value: v.unknown() }),
  v.object({ type: v.literal('ui/tab-mentions'), tabId }),
  v.object({ type: v.literal('ui/reveal-mention'), tabId, frameId, index: v.number() }),
  v.object({ type: v.literal('ui/import-preview'), fileName: shortText, text, byteLength: v.number() }),
  v.object({ type: v.literal('ui/import-confirm'), token: id }),
  v.object({ type: v.literal('ui/import-remove'), id }),
  v.object({ type: v.literal('ui/watchlist-import'), fileName: shortText, text, byteLength: v.number() }),
  v.object({ type: v.literal('ui/backup') }),
  v.object({ type: v.literal('ui/restore'), text, byteLength: v.number() }),
  v.object({ type: v.literal('ui/about') }),
  v.object({ type: v.literal('ui/open-side-panel'), tabId: v.optional(tabId), groupId: v.nullable(id) }),
]);

export type UiRequest = v.InferOutput<typeof uiRequestSchema>;
