import * as v from 'valibot';
import { count, id, url } from './fields';

/** Requests a content script sends to the background. */
export const contentRequestSchema = v.variant('type', [
  /** At start-up: the compiled watch list, card digests and whether this site is on. */
  v.object({ type: v.literal('content/bootstrap'), url }),
  /** After each scan: counts for the badge and the live side panel. */
  v.object({
    type: v.literal('content/report'),
    url,
    count,
    countsByKey: v.pipe(
      v.record(id, count),
      v.check((r) => Object.keys(r).length <= 10_000),
    ),
  }),
  /** Card action: stop watching the alias or custom term that matched. */
  v.object({ type: v.literal('content/unwatch-term'), termId: id }),
  /** Card action: turn the extension off on this page's site. */
  v.object({ type: v.literal('content/disable-site'), url }),
  /** Card action: open the side panel at a group. */
  v.object({ type: v.literal('content/open-side-panel'), groupId: v.nullable(id) }),
]);

export type ContentRequest = v.InferOutput<typeof contentRequestSchema>;
