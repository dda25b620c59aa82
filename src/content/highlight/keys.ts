import type { WatchTerm } from '../../shared/watch/types';

/**
 * Highlight names in the page's CSS.highlights registry. All start with
 * "nktl-" so they never collide with the page's own highlights:
 *   nktl-g-<groupId>   every mention of one dataset group (one highlight per group)
 *   nktl-c-<termId>    every mention of one custom term
 *   nktl-current       the mention keyboard navigation is on
 *   nktl-flash         a mention revealed from the side panel, briefly
 */
export const CURRENT_KEY = 'nktl-current';
export const FLASH_KEY = 'nktl-flash';

const toIdent = (text: string) => text.replace(/[^a-zA-Z0-9_-]/g, '-');

export function highlightKeyFor(term: WatchTerm): string {
  const groupId = term.groupIds[0];
  return groupId ? `nktl-g-${toIdent(groupId)}` : `nktl-c-${toIdent(term.id.replace(/^custom:/, ''))}`;
}
