const GAP = 6;
const MARGIN = 8;

export interface CardPlacement {
  left: number;
  top: number;
  /** Set when the card must shrink (and scroll) to fit beside the mention without covering it. */
  maxHeight: number | null;
}

/**
 * Where to put a card of this size next to an anchor rect: below if it fits,
 * else above, else on the roomier side, shortened to fit. It never covers the
 * mention it describes and always stays inside the viewport.
 */
export function placeCard(
  anchor: { left: number; top: number; bottom: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const left = Math.min(
    Math.max(MARGIN, anchor.left),
    Math.max(MARGIN, viewport.width - MARGIN - size.width),
  );
  const below = anchor.bottom + GAP;
  const spaceBelow = viewport.height - MARGIN - below;
  const spaceAbove = anchor.top - GAP - MARGIN;
  if (size.height <= spaceBelow) {
    return { left, top: below, maxHeight: null };
  }
  if (size.height <= spaceAbove) {
    return { left, top: anchor.top - GAP - size.height, maxHeight: null };
  }
  if (spaceBelow >= spaceAbove) {
    return { left, top: below, maxHeight: Math.max(0, spaceBelow) };
  }
  return { left, top: MARGIN, maxHeight: Math.max(0, spaceAbove) };
}
