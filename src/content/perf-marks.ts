/**
 * User-timing marks the page (and our benchmark and tests) can read without
 * any DOM change: the performance timeline is shared between the content
 * script's world and the page's.
 *   nktl:scan-complete  a full pass over a root finished (detail: mentions so far)
 *   nktl:rescan         a mutation-driven rescan finished
 *   nktl:card-open      the hover card is rendered and placed
 */
export function mark(name: 'nktl:scan-complete' | 'nktl:rescan' | 'nktl:card-open', detail?: unknown): void {
  performance.mark(name, { detail });
}
