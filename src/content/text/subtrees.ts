import type { CollectOptions, TextBlock } from './blocks';
import { collectBlocks } from './blocks';
import { isInline, isLineBreak, isSkipped } from './element-kinds';

const ELEMENT_NODE = 1;

/**
 * Rescans only what changed: each node's enclosing block (its nearest
 * block-level ancestor, so text that continues outside the changed node is
 * seen whole), deduplicated, with ancestors absorbing their descendants.
 * Nodes that are disconnected or inside a skipped region are ignored.
 */
export function collectBlocksFor(nodes: Iterable<Node>, options: CollectOptions = {}): TextBlock[] {
  const roots = new Set<Node>();
  for (const node of nodes) {
    const root = enclosingBlock(node, options);
    if (root) {
      roots.add(root);
    }
  }
  const blocks: TextBlock[] = [];
  for (const root of roots) {
    if (!hasAncestorIn(root, roots)) {
      blocks.push(...collectBlocks(root, options));
    }
  }
  return blocks;
}

/** The nearest block-level element (or shadow root / document) at or above `node`; null if skipped. */
function enclosingBlock(node: Node, options: CollectOptions): Node | null {
  if (!node.isConnected) {
    return null;
  }
  let block: Node | null = null;
  for (let current: Node | null = node; current; current = current.parentNode) {
    if (current.nodeType !== ELEMENT_NODE) {
      if (!current.parentNode) {
        block ??= current; // document or shadow root
      }
      continue;
    }
    const element = current as Element;
    if (isSkipped(element, options.skip)) {
      return null;
    }
    if (!block && !isInline(element) && !isLineBreak(element)) {
      block = element;
    }
  }
  return block;
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let current = node.parentNode; current; current = current.parentNode) {
    if (set.has(current)) {
      return true;
    }
  }
  return false;
}
