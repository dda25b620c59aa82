import type { Matcher } from '../../shared/matcher';
import type { WatchTerm } from '../../shared/watch/types';
import { highlightKeyFor } from '../highlight/keys';
import type { MentionHighlighter } from '../highlight/mention-highlighter';
import { collectBlocks, iterateBlocks, type TextBlock } from '../text';
import { MentionRecord, type MentionStore } from './mention-store';
import { sliceClock, yieldToPage } from './time-slice';
import { viewportBlockElements } from './viewport';
import { mark } from '../perf-marks';

/** Without reading the scroll position, which would force a layout of the whole page. */
function mayOpenScrolled(doc: Document): boolean {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return doc.location.hash.length > 1 || navigation?.type === 'back_forward' || navigation?.type === 'reload';
}

export interface ScannerDeps {
  highlighter: MentionHighlighter;
  store: MentionStore;
  /** Elements never to look inside (our own card host). */
  skip: (element: Element) => boolean;
  /** An open shadow root found during a full pass (the pass does not enter it). */
  onShadowRoot: (root: ShadowRoot, signal: AbortSignal) => void;
  /** Called after each slice that changed the mentions. */
  onChanged: () => void;
}

type BlockKey = TextBlock['element'];

/** Work between two clock readings, in characters of text (about 0.1 ms). */
const CLOCK_CHECK_CHARS = 2_000;
/** What a block costs beyond its text, and a walk tick, in the same unit. */
const BLOCK_OVERHEAD_CHARS = 200;
const TICK_CHARS = 500;

/**
 * Finds mentions block by block and keeps painter and store in step. Work is
 * cut into slices of a few milliseconds with a yield to the page between
 * them, so even a 5 MB document never blocks input or rendering for a frame.
 */
export class Scanner {
  private matcher: Matcher | null = null;
  /** Highlight name per term object (the same few terms recur thousands of times). */
  private keys = new Map<WatchTerm, string>();

  constructor(private readonly deps: ScannerDeps) {}

  setMatcher(matcher: Matcher | null): void {
    this.matcher = matcher;
    this.keys = new Map();
  }

  /** Removes every mention (matcher changed, page switched off). */
  clear(): void {
    this.deps.highlighter.clear(this.deps.store.clear());
    this.deps.onChanged();
  }

  /** A full pass over one root: what is on screen first, then the rest in document order. */
  async scanRoot(root: Document | ShadowRoot, signal: AbortSignal): Promise<void> {
    const pass = new Set<BlockKey>();
    const options = {
      skip: this.deps.skip,
      onShadowRoot: (shadowRoot: ShadowRoot) => this.deps.onShadowRoot(shadowRoot, signal),
    };
    // A fresh load starts at the top, where the first blocks in document order are
    // what the reader sees. Only a page that may open scrolled down (back/forward,
    // reload, an anchor) gets the viewport probe, which forces a layout.
    if (root instanceof Document && mayOpenScrolled(root)) {
      const visible = viewportBlockElements(root).flatMap((element) => collectBlocks(element, options));
      await this.scanBlocks(visible, pass, signal);
    }
    const rest = (function* () {
      for (const block of iterateBlocks(root, options)) {
        if (!block || !pass.has(block.element) || block.element === root) {
          yield block;
        }
      }
    })();
    await this.scanBlocks(rest, pass, signal);
    if (!signal.aborted) {
      mark('nktl:scan-complete', { mentions: this.deps.store.size });
    }
  }

  /**
   * Rescans only the blocks that hold the changed nodes. Mentions of removed
   * blocks are dropped first, but only after a batch that removed nodes: the
   * check visits every known block, which appends alone must not pay for.
   */
  async rescan(blocks: Iterable<TextBlock>, signal: AbortSignal, removals: boolean): Promise<void> {
    const removed = removals ? this.deps.store.pruneDisconnected() : [];
    for (const { element, mentions } of removed) {
      this.deps.highlighter.update(element, [], mentions);
    }
    await this.scanBlocks(blocks, new Set(), signal);
    if (removed.length > 0) {
      this.deps.onChanged();
    }
    mark('nktl:rescan', { mentions: this.deps.store.size });
  }

  /** `null` items are only a chance to check the clock (see iterateBlocks). */
  private async scanBlocks(
    blocks: Iterable<TextBlock | null>,
    pass: Set<BlockKey>,
    signal: AbortSignal,
  ): Promise<void> {
    const clock = sliceClock();
    let changed = false;
    let previousText = '';
    // Reading the clock after every small block cost more than 2% of a scan.
    let workSinceCheck = 0;
    for (const block of blocks) {
      if (signal.aborted || !this.matcher) {
        return;
      }
      if (block) {
        changed = this.scanBlock(block, pass, previousText) || changed;
        previousText = block.text.length > 600 ? block.text.slice(-600) : block.text;
      }
      workSinceCheck += block ? block.text.length + BLOCK_OVERHEAD_CHARS : TICK_CHARS;
      if (workSinceCheck < CLOCK_CHECK_CHARS) {
        continue;
      }
      workSinceCheck = 0;
      if (clock.spent()) {
        if (changed) {
          this.deps.onChanged();
          changed = false;
        }
        await yieldToPage();
        clock.reset();
      }
    }
    if (changed) {
      this.deps.onChanged();
    }
  }

  /** Returns whether the store changed. */
  private scanBlock(block: TextBlock, pass: Set<BlockKey>, previousText: string): boolean {
    const found = this.matcher?.find(block.text, `${previousText}\n${document.title}`) ?? [];
    const mentions = found.map(
      (match) => new MentionRecord(match.term, this.keyFor(match.term), block, match.start, match.end),
    );
    const { store, highlighter } = this.deps;
    if (pass.has(block.element)) {
      store.append(block.element, mentions);
      highlighter.update(block.element, mentions, []);
      return mentions.length > 0;
    }
    pass.add(block.element);
    const removed = store.replace(block.element, mentions);
    highlighter.update(block.element, mentions, removed);
    return mentions.length > 0 || removed.length > 0;
  }

  private keyFor(term: WatchTerm): string {
    let key = this.keys.get(term);
    if (key === undefined) {
      key = highlightKeyFor(term);
      this.keys.set(term, key);
    }
    return key;
  }
}
