import type { WatchTerm } from '../../shared/watch/types';
import { locate, type TextBlock } from '../text';

/**
 * One mention in this frame: where it is in its block's text, and the term
 * it matched. Its StaticRange is built on first use, not when the mention is
 * found: on a 5 MB page most mentions are never near the viewport (see
 * highlight/viewport-window.ts) or hovered, and building tens of thousands
 * of ranges up front was a large share of a scan's cost.
 */
export class MentionRecord {
  private built: StaticRange | null = null;
  /** Whether the range is in the painter right now (the highlighter's bookkeeping). */
  painted = false;

  constructor(
    readonly term: WatchTerm,
    /** Highlight name (see highlight/keys.ts). */
    readonly key: string,
    readonly block: TextBlock,
    /** Offsets of the mention in block.text. */
    readonly start: number,
    readonly end: number,
  ) {}

  get range(): StaticRange {
    if (!this.built) {
      const start = locate(this.block, this.start, 'start');
      const end = locate(this.block, this.end, 'end');
      this.built = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
    }
    return this.built;
  }
}
