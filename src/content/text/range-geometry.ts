/**
 * Boxes of a mention's range. Highlights hold StaticRanges, which have no
 * geometry, so we set a live Range to the same bounds and ask it.
 *
 * One live Range serves every call. Why not a new one each time: the
 * document keeps every live Range up to date on every node insertion and
 * removal until the Range is garbage-collected, so thousands of throwaway
 * Ranges (one per mention, as a keyboard jump once made) slowed every later
 * DOM change on the page, ours and its own.
 */
let probe: Range | null = null;

function probeFor(range: AbstractRange): Range {
  probe ??= document.createRange();
  probe.setStart(range.startContainer, range.startOffset);
  probe.setEnd(range.endContainer, range.endOffset);
  return probe;
}

/** The range's line boxes, in viewport coordinates. */
export function clientRectsOf(range: AbstractRange): DOMRectList {
  return probeFor(range).getClientRects();
}

/** The range's bounding box, in viewport coordinates. */
export function boundingRectOf(range: AbstractRange): DOMRect {
  return probeFor(range).getBoundingClientRect();
}
