import type { TextBlock } from '../text';
import type { MentionRecord } from './mention-record';

export { MentionRecord } from './mention-record';

export type BlockKey = TextBlock['element'];

/** A block whose mentions were dropped, with those mentions (for the highlighter to remove). */
export interface DroppedBlock {
  element: BlockKey;
  mentions: readonly MentionRecord[];
}

/**
 * What dropping yields as it goes: a block it dropped, or `null` after every
 * BLOCKS_PER_TICK blocks it looked at, where the caller may check its clock
 * and pause. A 5 MB article holds ~12,000 blocks with mentions, and the check
 * of all of them, in code that runs once per pass and never gets hot, took
 * several milliseconds in one task.
 */
export type DropStep = DroppedBlock | null;
const BLOCKS_PER_TICK = 256;

/** Shared by every block without mentions (callers only read it). */
export const NO_MENTIONS: readonly MentionRecord[] = Object.freeze([]);

/**
 * Every mention in the frame, grouped by the block element it was found in,
 * so a changed block's mentions can be replaced without touching the rest.
 * Hit-testing finds a text node's block by walking up to the nearest key,
 * which spares indexing every text node of every mention up front.
 */
export class MentionStore {
  private readonly byBlock = new Map<BlockKey, MentionRecord[]>();
  /** Kept up to date on every change: the badge asks after every rescan, and counting 38,000 mentions each time made rescans cost in proportion to the page, not to what changed. */
  private readonly counts = new Map<string, number>();
  private ordered: MentionRecord[] | null = null;
  private total = 0;
  /**
   * The pass in which each block's mentions were last written (see
   * beginPass): a new watch list replaces mentions block by block as its
   * pass reaches them, instead of clearing the page first, and at the end
   * drops only the blocks that no pass wrote since it began.
   */
  private readonly writtenIn = new Map<BlockKey, number>();
  private pass = 0;

  get size(): number {
    return this.total;
  }

  /** Mention counts by highlight key (for the badge). */
  countsByKey(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Replaces the mentions of one block element; returns the ones removed. */
  replace(element: BlockKey, mentions: MentionRecord[]): readonly MentionRecord[] {
    const removed = this.byBlock.get(element) ?? NO_MENTIONS;
    if (mentions.length > 0) {
      this.byBlock.set(element, mentions);
      this.writtenIn.set(element, this.pass);
    } else if (removed !== NO_MENTIONS) {
      this.byBlock.delete(element);
      this.writtenIn.delete(element);
    } else {
      // Nothing was here and nothing comes: the usual case for a block without mentions.
      return NO_MENTIONS;
    }
    this.count(removed, -1);
    this.count(mentions, 1);
    this.total += mentions.length - removed.length;
    this.ordered = null;
    return removed;
  }

  /** Adds mentions to a block element already replaced in this pass (it has several text runs). */
  append(element: BlockKey, mentions: MentionRecord[]): void {
    if (mentions.length === 0) {
      return;
    }
    this.byBlock.set(element, [...(this.byBlock.get(element) ?? []), ...mentions]);
    this.writtenIn.set(element, this.pass);
    this.count(mentions, 1);
    this.total += mentions.length;
    this.ordered = null;
  }

  /** Drops blocks that left the document, yielding each one's element and mentions (see DropStep). */
  pruneDisconnected(): Generator<DropStep> {
    return this.dropWhere((element) => !element.isConnected);
  }

  /** Starts a pass: what is written from now on is newer than the pass (see dropStale). */
  beginPass(): number {
    this.pass += 1;
    return this.pass;
  }

  /**
   * Drops the blocks `inScope` accepts whose mentions were last written
   * before `pass` began (a full pass that ended without reaching them: they
   * left the page, or hold what an older watch list found), yielding each
   * one's element and mentions (see DropStep). A block written by a rescan
   * during the pass, or while the caller paused between steps, counts as
   * fresh, even though the pass itself never reached it.
   */
  dropStale(pass: number, inScope: (element: BlockKey) => boolean): Generator<DropStep> {
    return this.dropWhere((element) => (this.writtenIn.get(element) ?? pass) < pass && inScope(element));
  }

  private *dropWhere(drop: (element: BlockKey) => boolean): Generator<DropStep> {
    let looked = 0;
    // A Map's iterator is live: deleting the current key is well-defined, and a block
    // written while the caller paused is judged as it is when the iterator reaches it.
    for (const element of this.byBlock.keys()) {
      if (drop(element)) {
        yield { element, mentions: this.replace(element, []) };
      }
      if (++looked % BLOCKS_PER_TICK === 0) {
        yield null;
      }
    }
  }

  clear(): MentionRecord[] {
    const all = [...this.byBlock.values()].flat();
    this.byBlock.clear();
    this.writtenIn.clear();
    this.counts.clear();
    this.total = 0;
    this.ordered = null;
    return all;
  }

  private count(mentions: readonly MentionRecord[], step: 1 | -1): void {
    for (let index = 0; index < mentions.length; index++) {
      const mention = mentions[index] as MentionRecord;
      const next = (this.counts.get(mention.key) ?? 0) + step;
      if (next > 0) {
        this.counts.set(mention.key, next);
      } else {
        this.counts.delete(mention.key);
      }
    }
  }

  /** The mentions found in one block element. */
  inBlock(element: BlockKey): readonly MentionRecord[] {
    return this.byBlock.get(element) ?? [];
  }

  /** The mentions of the nearest block at or above this node; empty when none has any. */
  nearestBlock(node: Node): readonly MentionRecord[] {
    for (let current: Node | null = node; current; current = current.parentNode) {
      const mentions = this.byBlock.get(current as BlockKey);
      if (mentions) {
        return mentions;
      }
    }
    return NO_MENTIONS;
  }

  /** Mentions whose text touches this text node. */
  inNode(node: Node): readonly MentionRecord[] {
    for (let current = node.parentNode; current; current = current.parentNode) {
      const mentions = this.byBlock.get(current as BlockKey);
      if (mentions) {
        return mentionsTouching(mentions, node);
      }
    }
    return [];
  }

  /** Every mention, in no particular order (cheap). */
  *all(): Generator<MentionRecord> {
    for (const mentions of this.byBlock.values()) {
      yield* mentions;
    }
  }

  /** All mentions in document order (computed on demand, cached until a change). */
  inDocumentOrder(): readonly MentionRecord[] {
    // Sorting blocks, not mentions: within a block they are already in text order.
    this.ordered ??= [...this.byBlock.values()]
      .sort(compareBlocks)
      .flatMap((mentions) => [...mentions].sort((a, b) => a.start - b.start));
    return this.ordered;
  }
}

/**
 * The node's mentions, from the offsets alone (no ranges built for the
 * others). A block element scanned in several runs has several TextBlocks.
 */
function mentionsTouching(mentions: readonly MentionRecord[], node: Node): MentionRecord[] {
  const spans = new Map<TextBlock, { from: number; to: number } | null>();
  const spanIn = (block: TextBlock) => {
    if (!spans.has(block)) {
      const index = block.nodes.indexOf(node as Text);
      const from = block.starts[index] ?? 0;
      spans.set(block, index < 0 ? null : { from, to: from + (node as Text).data.length });
    }
    return spans.get(block) ?? null;
  };
  return mentions.filter((mention) => {
    const span = spanIn(mention.block);
    return span !== null && mention.start < span.to && mention.end > span.from;
  });
}

function compareBlocks(a: MentionRecord[], b: MentionRecord[]): number {
  const first = a[0]?.block.nodes[0];
  const second = b[0]?.block.nodes[0];
  if (!first || !second || first === second) {
    return 0;
  }
  return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
