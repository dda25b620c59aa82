/** Coalesce bursts (an app rendering a list, a ticker) into one rescan. */
export const DEBOUNCE_MS = 120;
/**
 * While a page keeps changing (a feed, a chat), at most one rescan per this
 * long: each rescan has a fixed cost (timers, a user-timing mark, the badge
 * report), and paid every 120 ms it outweighed the text being rescanned.
 * That cost is paid per second, not per KB added, so it weighs most on a
 * page that grows slowly because it is busy: the bench's 5 MB article,
 * whose own layout and paint take ~50 ms per appended paragraph, got a
 * rescan every ~10 paragraphs at 500 ms, against every ~45 on the 1 MB
 * article. A second keeps new text highlighted within about a second on
 * such pages, and a single change on a quiet page still waits only
 * DEBOUNCE_MS.
 */
export const MIN_RESCAN_INTERVAL_MS = 1_000;
/** Past this many changed nodes in one batch a full rescan of the root is cheaper than tracking them. */
export const FULL_RESCAN_THRESHOLD = 5_000;

export interface RootChanges {
  root: Document | ShadowRoot;
  /** Nodes whose text may have changed: added nodes, edited text, parents that lost children. */
  nodes: Set<Node>;
  /** Too many changes to track one by one. */
  full: boolean;
  /** Nodes were removed, so some known mentions may have left the document. */
  removals: boolean;
}

/**
 * One MutationObserver for one root (the document or an open shadow root).
 * Changes inside skipped elements (our own card host) are ignored, so
 * opening a card never triggers a rescan.
 */
export function observeRoot(
  root: Document | ShadowRoot,
  isOurs: (node: Node) => boolean,
  onChanges: (changes: RootChanges) => void,
  signal: AbortSignal,
): void {
  let pending: Set<Node> = new Set();
  let full = false;
  let removals = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastFlush = -Infinity;

  const flush = () => {
    timer = undefined;
    lastFlush = performance.now();
    const nodes = pending;
    pending = new Set();
    const changes = { root, nodes, full, removals };
    full = false;
    removals = false;
    onChanges(changes);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isOurs(record.target)) {
        continue;
      }
      if (record.type === 'characterData') {
        pending.add(record.target);
      } else {
        record.addedNodes.forEach((node) => pending.add(node));
        if (record.removedNodes.length > 0) {
          pending.add(record.target);
          removals = true;
        }
      }
    }
    if (pending.size > FULL_RESCAN_THRESHOLD) {
      full = true;
      pending.clear();
    }
    if ((pending.size > 0 || full) && timer === undefined) {
      const sinceLast = performance.now() - lastFlush;
      timer = setTimeout(flush, Math.max(DEBOUNCE_MS, MIN_RESCAN_INTERVAL_MS - sinceLast));
    }
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
