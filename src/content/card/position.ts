const GAP = 6;
const MARGIN = 8;

/**
 * Where to put a card of this size next to an anchor rect: below if it fits,
 * else above, else wherever it overlaps least; always inside the viewport.
 */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - size.height;
  let top = below;
  if (below + size.height > viewport.height - MARGIN) {
    top = above >= MARGIN ? above : Math.max(MARGIN, viewport.height - MARGIN - size.height);
  }
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, viewport.width - MARGIN - size.width),
  );
  return { left, top };
}
