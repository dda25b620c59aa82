import type { WatchTerm } from '../../shared/watch/types';

/**
 * Highlight names in the page's CSS.highlights registry. All start with
 * "nktl-" so they never collide with the page's own highlights:
 *   nktl-g-<groupId>   every mention of one dataset group (one highlight per group)
 *   nktl-c-<rrggbb>    every mention of the custom terms drawn in one colour
 *                      (per colour, not per term: a 10,000-term watch list
 *                      would otherwise mean 10,000 highlights and CSS rules)
 *   nktl-current       the mention keyboard navigation is on
 *   nktl-flash         a mention revealed from the side panel, briefly
 */
export const CURRENT_KEY = 'nktl-current';
export const FLASH_KEY = 'nktl-flash';

const toIdent = (text: string) => text.replace(/[^a-zA-Z0-9_-]/g, '-');

export function groupHighlightKey(groupId: string): string {
  return `nktl-g-${toIdent(groupId)}`;
}

export function highlightKeyFor(term: WatchTerm): string {
  const groupId = term.groupIds[0];
  if (groupId) {
    return groupHighlightKey(groupId);
  }
  const colour = /^#[0-9a-f]{6}$/i.test(term.color ?? '')
    ? (term.color ?? '').slice(1).toLowerCase()
    : 'default';
  return `nktl-c-${colour}`;
}
