import * as v from 'valibot';
import { id } from './fields';

/** Messages the background sends into tabs (to every frame unless a frameId is given). */
export const backgroundToContentSchema = v.variant('type', [
  /** The watch list, cards, site switch or settings changed: re-bootstrap and rescan. */
  v.object({ type: v.literal('bg/state-changed'), revision: id }),
  /** The side panel wants this frame's mentions. */
  v.object({ type: v.literal('bg/list-mentions') }),
  /** Scroll to a mention and flash it. */
  v.object({ type: v.literal('bg/reveal-mention'), index: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  /** A keyboard command from the manifest's `commands`. */
  v.object({
    type: v.literal('bg/command'),
    command: v.picklist(['next-mention', 'previous-mention', 'open-card']),
  }),
]);

export type BackgroundToContent = v.InferOutput<typeof backgroundToContentSchema>;
