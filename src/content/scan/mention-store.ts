import type { WatchTerm } from '../../shared/watch/types';
import type { TextBlock } from '../text';

/** One highlighted mention in this frame. */
export interface MentionRecord {
  range: StaticRange;
  term: WatchTerm;
  /** Highlight name (see highlight/keys.ts). */
  key: string;
  block: TextBlock;
  /** Offsets of the mention in block.text. */
  start: number;
  end: number;
}

type BlockKey = TextBlock['element'];

/**
 * Every mention in the frame, grouped by the block element it was found in,
 * so a changed block's mentions can be replaced without touching the rest,
 * and indexed by text node for hit-testing.
 */
export class MentionStore {
  private readonly byBlock = new Map<BlockKey, MentionRecord[]>();
  private readonly byNode = new Map<Node, MentionRecord[]>();
  private ordered: MentionRecord[] | null = null;
  private total = 0;

  get size(): number {
    return this.total;
  }

  /** Replaces the mentions of one block element; returns the ones removed. */
  replace(element: BlockKey, mentions: MentionRecord[]): MentionRecord[] {
    const removed = this.byBlock.get(element) ?? [];
    for (const mention of removed) {
      this.unindex(mention);
    }
    if (mentions.length > 0) {
      this.byBlock.set(element, mentions);
    } else {
      this.byBlock.delete(element);
    }
    for (const mention of mentions) {
      this.index(mention);
    }
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
    for (const mention of mentions) {
      this.index(mention);
    }
    this.total += mentions.length;
    this.ordered = null;
  }

  /** Drops blocks that left the document; returns their mentions. */
  pruneDisconnected(): MentionRecord[] {
    const removed: MentionRecord[] = [];
    // Deleting the current key while iterating a Map is well-defined.
    for (const element of this.byBlock.keys()) {
      if (!element.isConnected) {
        removed.push(...this.replace(element, []));
      }
    }
    return removed;
  }

  clear(): MentionRecord[] {
    const all = [...this.byBlock.values()].flat();
    this.byBlock.clear();
    this.byNode.clear();
    this.total = 0;
    this.ordered = null;
    return all;
  }

  /** Mentions whose range touches this text node. */
  inNode(node: Node): readonly MentionRecord[] {
    return this.byNode.get(node) ?? [];
  }

  /** Every mention, in no particular order (cheap). */
  *all(): Generator<MentionRecord> {
    for (const mentions of this.byBlock.values()) {
      yield* mentions;
    }
  }

  /** All mentions in document order (computed on demand, cached until a change). */
  inDocumentOrder(): readonly MentionRecord[] {
    this.ordered ??= [...this.byBlock.values()].flat().sort(compareMentions);
    return this.ordered;
  }

  private index(mention: MentionRecord): void {
    for (const node of nodesOf(mention)) {
      const list = this.byNode.get(node);
      if (list) {
        list.push(mention);
      } else {
        this.byNode.set(node, [mention]);
      }
    }
  }

  private unindex(mention: MentionRecord): void {
    for (const node of nodesOf(mention)) {
      const list = this.byNode.get(node)?.filter((other) => other !== mention);
      if (list?.length) {
        this.byNode.set(node, list);
      } else {
        this.byNode.delete(node);
      }
    }
  }
}

/** The text nodes a mention's range covers, from the block's node list. */
function nodesOf(mention: MentionRecord): Node[] {
  const { nodes } = mention.block;
  const first = nodes.indexOf(mention.range.startContainer as Text);
  const last = nodes.indexOf(mention.range.endContainer as Text);
  return first < 0 || last < first ? [mention.range.startContainer] : nodes.slice(first, last + 1);
}

function compareMentions(a: MentionRecord, b: MentionRecord): number {
  if (a.range.startContainer === b.range.startContainer) {
    return a.range.startOffset - b.range.startOffset;
  }
  const position = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
