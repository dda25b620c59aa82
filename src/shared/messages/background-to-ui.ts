import * as v from 'valibot';
import { tabId } from './fields';

/** Broadcasts from the background to open extension pages (runtime.sendMessage). */
export const backgroundToUiSchema = v.variant('type', [
  /** A tab's mentions changed (rescan, navigation). */
  v.object({ type: v.literal('bg/mentions-changed'), tabId }),
  /** Settings, switches, rules or the dataset changed. */
  v.object({ type: v.literal('bg/ui-state-changed') }),
  /** The side panel should show a group (card action, context). */
  v.object({ type: v.literal('bg/show-group'), groupId: v.string() }),
]);

export type BackgroundToUi = v.InferOutput<typeof backgroundToUiSchema>;
