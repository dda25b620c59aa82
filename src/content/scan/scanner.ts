import type { Matcher, Mention } from '../../shared/matcher';
import type { WatchTerm } from '../../shared/watch/types';
import { highlightKeyFor } from '../highlight/keys';
import type { MentionHighlighter } from '../highlight/mention-highlighter';
import { BlockWalker, collectBlocks, type TextBlock } from '../text';
import { MentionRecord, NO_MENTIONS, type DropStep, type MentionStore } from './mention-store';
import { sliceClock } from '../../shared/slice-clock';
import { yieldToPage } from './time-slice';
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

/**
 * Text read and matched per batch, between two clock readings, in
 * characters. A batch's size follows how long the last one took (aiming at
 * BATCH_TARGET_MS): on a cold page the first batches run in V8's slower
 * tiers, and 4,000 characters then took long enough to push a slice past a
 * frame; warm, a batch that small is a few tenths of a millisecond.
 */
const MIN_BATCH_CHARS = 250;
const MAX_BATCH_CHARS = 4_000;
const BATCH_TARGET_MS = 0.5;
/** What a block costs beyond its text, in the same unit. */
const BLOCK_OVERHEAD_CHARS = 200;

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

  /**
   * A full pass over one root: what is on screen first, then the rest in
   * document order. Each block's mentions are replaced as the pass reaches
   * it, and when it ends the root's blocks it did not reach lose theirs: a
   * new watch list updates the page in place, with no moment where every
   * highlight is gone. `viewportFirst` asks for the visible blocks first even
   * on a page at its top (a restart on a page the reader has scrolled).
   */
  async scanRoot(root: Document | ShadowRoot, signal: AbortSignal, viewportFirst = false): Promise<void> {
    const pass = new Set<BlockKey>();
    const passStart = this.deps.store.beginPass();
    const options = {
      skip: this.deps.skip,
      onShadowRoot: (shadowRoot: ShadowRoot) => this.deps.onShadowRoot(shadowRoot, signal),
    };
    // A fresh load starts at the top, where the first blocks in document order are
    // what the reader sees. Only a page that may open scrolled down (back/forward,
    // reload, an anchor) gets the viewport probe, which forces a layout.
    if (root instanceof Document && (viewportFirst || mayOpenScrolled(root))) {
      const visible = viewportBlockElements(root).flatMap((element) => collectBlocks(element, options));
      await this.scanBlocks(sourceOf(visible), pass, signal);
    }
    const walker = new BlockWalker(root, options);
    const rest: BlockSource = () => {
      for (;;) {
        const block = walker.next();
        if (!block || !pass.has(block.element) || block.element === root) {
          return block;
        }
      }
    };
    await this.scanBlocks(rest, pass, signal);
    if (signal.aborted) {
      return;
    }
    // The document's pass also drops blocks that left the page, in whatever root they were.
    const stale = this.deps.store.dropStale(passStart, (element) => {
      const owner = element.getRootNode();
      return owner === root || (root instanceof Document && !element.isConnected);
    });
    if (await this.unpaintDropped(stale, signal)) {
      this.deps.onChanged();
    }
    if (signal.aborted) {
      return;
    }
    mark('nktl:scan-complete', { mentions: this.deps.store.size });
  }

  /**
   * Rescans only the blocks that hold the changed nodes. Mentions of removed
   * blocks are dropped first, but only after a batch that removed nodes: the
   * check visits every known block, which appends alone must not pay for.
   */
  async rescan(blocks: Iterable<TextBlock>, signal: AbortSignal, removals: boolean): Promise<void> {
    const removed = removals && (await this.unpaintDropped(this.deps.store.pruneDisconnected(), signal));
    await this.scanBlocks(sourceOf(blocks), new Set(), signal);
    if (removed) {
      this.deps.onChanged();
    }
    mark('nktl:rescan', { mentions: this.deps.store.size });
  }

  /** Takes the dropped blocks' mentions off the page, in slices; returns whether any were dropped. */
  private async unpaintDropped(steps: Iterable<DropStep>, signal: AbortSignal): Promise<boolean> {
    const clock = sliceClock();
    let dropped = false;
    for (const step of steps) {
      if (step) {
        this.deps.highlighter.update(step.element, NO_MENTIONS, step.mentions);
        dropped = true;
      } else if (clock.spent()) {
        await yieldToPage();
        clock.reset();
        if (signal.aborted) {
          break;
        }
      }
    }
    return dropped;
  }

  /**
   * Blocks are matched in batches of a few thousand characters (one
   * findMany call each) and the clock is read after each batch, and at
   * every `null` item (see BlockWalker).
   */
  private async scanBlocks(nextBlock: BlockSource, pass: Set<BlockKey>, signal: AbortSignal): Promise<void> {
    const clock = sliceClock();
    let changed = false;
    let previousText = '';
    let batch: TextBlock[] = [];
    let work = 0;
    let batchChars = MIN_BATCH_CHARS;
    const matchBatch = (matcher: Matcher) => {
      if (batch.length === 0) {
        return;
      }
      const texts = batch.map((block) => block.text);
      const before = previousText;
      const title = document.title;
      // Context for ambiguous aliases: the end of the block before, and the page title.
      const found = matcher.findMany(
        texts,
        (index) => `${tail(index === 0 ? before : texts[index - 1])}\n${title}`,
      );
      batch.forEach((block, index) => {
        changed = this.record(block, found[index] ?? [], pass) || changed;
      });
      previousText = tail(texts.at(-1));
      batch = [];
    };
    for (let block = nextBlock(); block !== undefined; block = nextBlock()) {
      const matcher = this.matcher;
      if (signal.aborted || !matcher) {
        return;
      }
      if (block) {
        batch.push(block);
      }
      // A null tick asks for a clock check here: a long step may follow (see BlockWalker).
      work += block ? block.text.length + BLOCK_OVERHEAD_CHARS : batchChars;
      if (work < batchChars) {
        continue;
      }
      work = 0;
      matchBatch(matcher);
      const took = clock.lap();
      if (took > BATCH_TARGET_MS * 2) {
        batchChars = Math.max(MIN_BATCH_CHARS, batchChars >> 1);
      } else if (took < BATCH_TARGET_MS / 2) {
        batchChars = Math.min(MAX_BATCH_CHARS, batchChars * 2);
      }
      if (clock.spent()) {
        if (changed) {
          this.deps.onChanged();
          changed = false;
        }
        await yieldToPage();
        clock.reset();
      }
    }
    if (this.matcher && !signal.aborted) {
      matchBatch(this.matcher);
    }
    if (changed) {
      this.deps.onChanged();
    }
  }

  /** Stores and paints one block's mentions; returns whether the store changed. */
  private record(block: TextBlock, found: readonly Mention[], pass: Set<BlockKey>): boolean {
    // `map` sizes the array up front: one grown by push keeps room for 17 or more, and these arrays
    // outlive the scan (one per block with mentions), so every garbage collection in the scan copied the slack.
    const mentions = found.map(
      (match) => new MentionRecord(match.term, this.keyFor(match.term), block, match.start, match.end),
    );
    const { store, highlighter } = this.deps;
    if (pass.has(block.element)) {
      store.append(block.element, mentions);
      highlighter.update(block.element, mentions, NO_MENTIONS);
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

/** The next block, `null` for a clock check (see BlockWalker), `undefined` when there are no more. */
type BlockSource = () => TextBlock | null | undefined;

function sourceOf(blocks: Iterable<TextBlock>): BlockSource {
  const iterator = blocks[Symbol.iterator]();
  return () => {
    const step = iterator.next();
    return step.done ? undefined : step.value;
  };
}

/** Up to the last 600 characters: enough context for an ambiguous alias at the start of the next block. */
function tail(text: string | undefined): string {
  return text === undefined ? '' : text.length > 600 ? text.slice(-600) : text;
}
