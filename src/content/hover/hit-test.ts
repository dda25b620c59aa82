import type { MentionRecord, MentionStore } from '../scan/mention-store';
import { clientRectsOf } from '../text/range-geometry';

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text node and offset under a point, piercing the given open shadow roots. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]) {
  const caretDoc = doc as CaretDocument;
  if (caretDoc.caretPositionFromPoint) {
    const position = caretDoc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = caretDoc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * Past this many mentions in the block under the pointer, ask the browser for
 * the character under it first, rather than measuring every mention's boxes.
 */
const BOX_SCAN_LIMIT = 32;

/**
 * The mention under the pointer. Highlights receive no events, so we start
 * from the element the pointer event hit (the browser has already
 * hit-tested it: asking again with caretPositionFromPoint cost 2-5 ms on a
 * 5 MB page), take the mentions of its text block and check whose boxes hold
 * the point. A block with many mentions is narrowed to the text node under
 * the caret first; so is a move whose target is unknown.
 */
export function mentionAt(
  store: MentionStore,
  point: { x: number; y: number; target: Node | null },
  shadowRoots: ShadowRoot[],
): { mention: MentionRecord; rect: DOMRect } | null {
  const inBlock = point.target ? store.nearestBlock(point.target) : null;
  if (inBlock && inBlock.length <= BOX_SCAN_LIMIT) {
    return firstHolding(inBlock, point.x, point.y);
  }
  const caret = caretAt(document, point.x, point.y, shadowRoots);
  return caret ? firstHolding(store.inNode(caret.node), point.x, point.y) : null;
}

/** The first mention whose boxes hold the point (the caret snaps to the nearest character even past a line's end). */
function firstHolding(
  mentions: readonly MentionRecord[],
  x: number,
  y: number,
): { mention: MentionRecord; rect: DOMRect } | null {
  for (const mention of mentions) {
    for (const rect of clientRectsOf(mention.range)) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
        return { mention, rect };
      }
    }
  }
  return null;
}
