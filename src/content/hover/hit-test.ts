import type { MentionRecord, MentionStore } from '../scan/mention-store';

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

/** A live Range for a StaticRange, for geometry. */
export function liveRange(range: AbstractRange): Range {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}

/**
 * The mention under the pointer. Highlights receive no events, so we ask the
 * browser which character is under the point and look that text node up in
 * the store; then check the point is really inside the mention's boxes (the
 * caret snaps to the nearest character even past the end of a line).
 */
export function mentionAt(
  store: MentionStore,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[],
): { mention: MentionRecord; rect: DOMRect } | null {
  const caret = caretAt(document, x, y, shadowRoots);
  if (!caret) {
    return null;
  }
  for (const mention of store.inNode(caret.node)) {
    for (const rect of liveRange(mention.range).getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
        return { mention, rect };
      }
    }
  }
  return null;
}
