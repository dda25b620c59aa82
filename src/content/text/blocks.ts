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
  if (root.nodeType === TEXT_NODE) {
    return collectBlocks(root.parentNode ?? root, options);
  }
  if (root.nodeType === ELEMENT_NODE && isSkipped(root as Element, options.skip)) {
    return [];
  }
  const document = root.ownerDocument ?? (root as Document);
  const rootOwner = ownerFor(root);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node: Node): number =>
      node.nodeType === ELEMENT_NODE && isSkipped(node as Element, options.skip)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // The block each visited element's inline content belongs to. Parents are
  // visited before children, so one lookup per node suffices.
  const blockOf = new Map<Node, BlockBuilder>();
  const rootBlock = newBuilder(rootOwner);
  blockOf.set(root, rootBlock);
  const builders: BlockBuilder[] = [rootBlock];

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentNode;
    const enclosing = (parent && blockOf.get(parent)) || rootBlock;
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
      const own = newBuilder(element);
      builders.push(own);
      blockOf.set(element, own);
    }
  }
  return builders.filter(hasVisibleText).map(toTextBlock);
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

function newBuilder(element: BlockOwner): BlockBuilder {
  return { element, parts: [], nodes: [], starts: [], length: 0, separatorPending: false };
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
