import type { TextBlock } from './blocks';

/**
 * The text node and offset inside it for an offset in `block.text`, by binary
 * search, for building StaticRanges. An offset between two nodes resolves to
 * the start of the later one (right for a range start); with `affinity: 'end'`
 * to the end of the earlier one (right for a range end). An offset inside a
 * separator (which no node backs) resolves to the end of the node before it.
 */
export function locate(
  block: TextBlock,
  offset: number,
  affinity: 'start' | 'end' = 'start',
): { node: Text; offset: number } {
  const { nodes, starts } = block;
  if (nodes.length === 0) {
    throw new RangeError('locate: the block has no text nodes');
  }
  // Last node whose start is <= offset (or < offset when an end prefers the earlier node).
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    const start = starts[mid] ?? 0;
    if (start < offset || (start === offset && affinity === 'start')) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  const node = nodes[low] as Text;
  const within = offset - (starts[low] ?? 0);
  return { node, offset: Math.max(0, Math.min(within, node.data.length)) };
}
