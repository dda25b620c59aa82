import { isInline, isLineBreak, isSkipped } from './element-kinds';

export interface TextBlock {
  /** Concatenated text of the block's text nodes in document order. */
  text: string;
  /** Text nodes and the offset in `text` where each starts (sorted). */
  nodes: Text[];
  starts: number[];
  /** The block-level element (or root) the text belongs to. */
  element: Element | ShadowRoot | Document;
}

export interface CollectOptions {
  /** Subtrees to leave out (the caller's own UI hosts), besides the built-in ones. */
  skip?: (element: Element) => boolean;
}

/**
 * Where a <br> or a nested block interrupts a block's text, the text gets this
 * separator, backed by no node: "Lazarus<br>Group" stays two words (and still
 * matches a name written across the break), and `locate` never lands in it.
 */
export const BLOCK_SEPARATOR = '\n';

type BlockOwner = Element | ShadowRoot | Document;

interface BlockBuilder {
  element: BlockOwner;
  /** Position in the order blocks were opened (document order of their starts). */
  opened: number;
  parts: string[];
  nodes: Text[];
  starts: number[];
  length: number;
  /** A br or nested block was passed since the last text node. */
  separatorPending: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Collects the text under `root` grouped per block (the run of text under the
 * nearest block-level element). One TreeWalker pass; skipped subtrees are
 * rejected whole. Shadow roots are not entered (see findOpenShadowRoots).
 */
export function collectBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  // Completed blocks come out innermost first; callers of the array expect the order blocks open in.
  return [...walkBlocks(root, options)].sort((a, b) => a.opened - b.opened).map(toTextBlock);
}

/**
 * The same blocks, yielded one at a time as soon as each is complete, so a
 * caller can stop between blocks and give the page a turn: on a 5 MB page even
 * the walk itself is too long for one task. A block is complete once the walk
 * has left its element; blocks therefore come out innermost first, which only
 * matters to a caller that needs strict document order (none does).
 */
export function* iterateBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock> {
  for (const builder of walkBlocks(root, options)) {
    yield toTextBlock(builder);
  }
}

function* walkBlocks(root: Node, options: CollectOptions): Generator<BlockBuilder> {
  if (root.nodeType === TEXT_NODE) {
    yield* walkBlocks(root.parentNode ?? root, options);
    return;
  }
  if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element, options.skip)) {
    return;
  }
  const document = root.ownerDocument ?? (root as Document);
  // No filter callback: a JavaScript call per node from inside the walker costs
  // more than the walk itself on large pages. Skipped subtrees are stepped over
  // by hand below instead.
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // The block each visited element's inline content belongs to. Parents are
  // visited before children, so one lookup per node suffices.
  const blockOf = new Map<Node, BlockBuilder>();
  let opened = 0;
  const rootBlock = newBuilder(ownerFor(root), opened++);
  blockOf.set(root, rootBlock);
  // Blocks whose element the walk is still inside, outermost first.
  const open: BlockBuilder[] = [rootBlock];

  let next = walker.nextNode();
  while (next) {
    const node = next;
    if (node.nodeType === ELEMENT_NODE && isSkipped(node as Element, options.skip)) {
      next = skipSubtree(walker);
      continue;
    }
    next = walker.nextNode();
    const parent = node.parentNode;
    const enclosing = (parent && blockOf.get(parent)) || rootBlock;
    // Every open block above the enclosing one has been left for good.
    while (open.length > 1 && open[open.length - 1] !== enclosing) {
      const done = open.pop() as BlockBuilder;
      if (hasVisibleText(done)) {
        yield done;
      }
    }
    if (node.nodeType === TEXT_NODE) {
      append(enclosing, node as Text);
      continue;
    }
    const element = node as Element;
    if (isLineBreak(element)) {
      enclosing.separatorPending = true;
    } else if (isInline(element)) {
      blockOf.set(element, enclosing);
    } else {
      enclosing.separatorPending = true;
      const own = newBuilder(element, opened++);
      open.push(own);
      blockOf.set(element, own);
    }
  }
  while (open.length > 0) {
    const done = open.pop() as BlockBuilder;
    if (hasVisibleText(done)) {
      yield done;
    }
  }
}

/**
 * Moves the walker past the current node's subtree and returns the node it
 * lands on (the next sibling, or an ancestor's next sibling), or null at the end.
 */
function skipSubtree(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling) {
      return sibling;
    }
    if (!walker.parentNode()) {
      return null;
    }
  }
}

function ownerFor(root: Node): BlockOwner {
  if (root.nodeType === ELEMENT_NODE) {
    return root as Element;
  }
  if (root.nodeType === 11 || root.nodeType === 9) {
    // A shadow root or a document. (Other fragments are treated like a shadow root.)
    return root as ShadowRoot | Document;
  }
  return root.ownerDocument ?? (root as Document);
}

function newBuilder(element: BlockOwner, opened: number): BlockBuilder {
  return { element, opened, parts: [], nodes: [], starts: [], length: 0, separatorPending: false };
}

function append(block: BlockBuilder, node: Text): void {
  const data = node.data;
  if (data.length === 0) {
    return;
  }
  if (block.separatorPending && block.length > 0) {
    block.parts.push(BLOCK_SEPARATOR);
    block.length += BLOCK_SEPARATOR.length;
  }
  block.separatorPending = false;
  block.nodes.push(node);
  block.starts.push(block.length);
  block.parts.push(data);
  block.length += data.length;
}

const VISIBLE = /\S/;

function hasVisibleText(block: BlockBuilder): boolean {
  return block.parts.some((part) => VISIBLE.test(part));
}

function toTextBlock(block: BlockBuilder): TextBlock {
  return { text: block.parts.join(''), nodes: block.nodes, starts: block.starts, element: block.element };
}
