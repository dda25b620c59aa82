import {
  flagCheckFor,
  isSkipped,
  kindOfTag,
  mayHostShadowRoot,
  NOT_PLAIN_INLINE,
  TagKind,
  tagKindOf,
} from './element-kinds';

export interface TextBlock {
  /** Concatenated text of the block's text nodes in document order. */
  readonly text: string;
  /**
   * Text nodes and the offset in `text` where each starts (sorted). For a
   * block of plain inline markup they are listed only when first read (see
   * walkBlocks), so read them only when a range is needed.
   */
  readonly nodes: Text[];
  readonly starts: number[];
  /** The block-level element (or root) the text belongs to. */
  readonly element: Element | ShadowRoot | Document;
}

export interface CollectOptions {
  /**
   * Subtrees to leave out (the caller's own UI hosts), besides the built-in
   * ones. Asked of every element the walk visits, which are not all: plain
   * inline markup inside a block (a link, an emphasis; see NOT_PLAIN_INLINE)
   * is read with its block and never asked. A custom element is always asked.
   */
  skip?: (element: Element) => boolean;
  /**
   * Called with each open shadow root the walk passes (it does not enter
   * them): the caller scans and observes each root on its own. Finding them
   * in the same walk spares a second pass over the whole document.
   */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Where a <br> or a nested block interrupts a block's text, the text gets this
 * separator, backed by no node: "Lazarus<br>Group" stays two words (and still
 * matches a name written across the break), and `locate` never lands in it.
 */
export const BLOCK_SEPARATOR = '\n';

type BlockOwner = Element | ShadowRoot | Document;

/** A finished block and its position in the order blocks were opened (document order of their starts). */
interface WalkedBlock {
  block: TextBlock;
  opened: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const VISIBLE = /\S/;

/**
 * Collects the text under `root` grouped per block (the run of text under the
 * nearest block-level element) in one pass; skipped subtrees are left out
 * whole. Shadow roots are not entered (see `onShadowRoot`).
 */
export function collectBlocks(root: Node, options: CollectOptions = {}): TextBlock[] {
  const walked: WalkedBlock[] = [];
  const walker = new BlockWalker(root, options);
  for (let block = walker.next(); block !== undefined; block = walker.next()) {
    if (block) {
      walked.push({ block, opened: walker.lastOpened });
    }
  }
  // Completed blocks come out innermost first; callers of the array expect the order blocks open in.
  return walked.sort((a, b) => a.opened - b.opened).map((item) => item.block);
}

/** The blocks of a BlockWalker as a generator, for callers that iterate. */
export function* iterateBlocks(root: Node, options: CollectOptions = {}): Generator<TextBlock | null> {
  const walker = new BlockWalker(root, options);
  for (let block = walker.next(); block !== undefined; block = walker.next()) {
    yield block;
  }
}

/** Nodes read between two `null` ticks of a long block. */
const NODES_PER_TICK = 512;

/** A block element on the walk's current path. */
interface OpenBlock {
  owner: BlockOwner;
  opened: number;
  /**
   * Holds a <br>, a nested block or a skipped subtree, so its text cannot be
   * read in one call and is collected node by node (collectOwnText).
   */
  mixed: boolean;
  /** Has an inline element whose nearest block it is (text of its own may sit there). */
  inline: boolean;
}

/** Whether an element is left out for what it is flagged with, not its tag (see flagCheckFor). */
type FlagCheck = (element: Element) => boolean;

/**
 * The blocks under `root`, handed out one at a time by `next()` as soon as
 * each is complete, so a caller can stop between blocks and give the page a
 * turn: on a 5 MB page even the walk itself is too long for one task. A
 * block is complete once the walk has left its element; blocks therefore
 * come out innermost first, which only matters to a caller that needs strict
 * document order (collectBlocks sorts by `lastOpened`).
 *
 * `next()` returns `null` now and then while one block takes long to read,
 * and before a step that may take long in one call (asking a container of
 * thousands of nodes for text of its own), so the caller can check its clock
 * there and start that step in a fresh slice; `undefined` once done.
 *
 * The walk visits the elements depth-first (firstElementChild /
 * nextElementSibling with a stack), never the text nodes, and reads each
 * block's text when it leaves the block. A block of plain inline markup
 * (most paragraphs) is read with one textContent call without entering it
 * (see holdsOnlyPlainInline), and its text nodes
 * are listed only if a mention in it ever needs a range. On a 5 MB article in
 * a content script's isolated world, where every node handed to script costs
 * a wrapper, this halved the walk against visiting every text node.
 *
 * A class with a `next()` rather than a generator: the scan's generators
 * (a walk, a generator per finished block, and wrappers) cost a third of the
 * walk on a cold page, in resumptions and the result objects of each level.
 */
export class BlockWalker {
  /** The `opened` order (document order of block starts) of the block `next()` returned last. */
  lastOpened = 0;
  private readonly flagged: FlagCheck;
  private opened = 0;
  private readonly rootBlock: OpenBlock | null;
  private rootQueued = false;
  private readonly blocks: OpenBlock[];
  /** Elements entered below root, and whether each opened a block. */
  private readonly path: Element[] = [];
  private readonly pathOpened: boolean[] = [];
  private element: Element | null;
  /** Blocks the walk has left, waiting to be read. */
  private ready: OpenBlock[] = [];
  private readyAt = 0;
  /** A mixed block being read node by node (collectOwnText), and its order. */
  private job: Generator<null, TextBlock | null> | null = null;
  private jobOpened = 0;

  constructor(
    root: Node,
    private readonly options: CollectOptions = {},
  ) {
    const start = root.nodeType === TEXT_NODE ? (root.parentNode ?? root) : root;
    const skippedRoot = start.nodeType === ELEMENT_NODE && isSkipped(start as Element, options.skip);
    if (!skippedRoot && start.nodeType === ELEMENT_NODE) {
      reportShadowRoot(start as Element, options);
    }
    this.flagged = flagCheckFor(options.skip);
    // A document or shadow root has no textContent to read: always node by node.
    this.rootBlock = skippedRoot
      ? null
      : {
          owner: ownerFor(start),
          opened: this.opened++,
          mixed: start.nodeType !== ELEMENT_NODE,
          inline: false,
        };
    this.blocks = this.rootBlock ? [this.rootBlock] : [];
    this.element = skippedRoot ? null : ((start as ParentNode).firstElementChild ?? null);
  }

  next(): TextBlock | null | undefined {
    for (;;) {
      if (this.job) {
        const step = this.job.next();
        if (!step.done) {
          return null;
        }
        this.job = null;
        if (step.value) {
          this.lastOpened = this.jobOpened;
          return step.value;
        }
        continue;
      }
      if (this.readyAt < this.ready.length) {
        const open = this.ready[this.readyAt++] as OpenBlock;
        if (this.readyAt === this.ready.length) {
          this.ready = [];
          this.readyAt = 0;
        }
        if (!open.mixed) {
          const block = inlineBlock(open.owner as Element);
          if (block) {
            this.lastOpened = open.opened;
            return block;
          }
          continue;
        }
        this.job = finishMixed(open, this.flagged);
        this.jobOpened = open.opened;
        continue;
      }
      if (!this.element) {
        if (this.rootBlock && !this.rootQueued) {
          this.rootQueued = true;
          this.ready.push(this.rootBlock);
          continue;
        }
        return undefined;
      }
      // A leaf block (a paragraph of text, the usual case) is read at once, without a queue entry.
      const leaf = this.step(this.element);
      if (leaf) {
        const opened = this.opened++;
        const block = inlineBlock(leaf);
        if (block) {
          this.lastOpened = opened;
          return block;
        }
      }
    }
  }

  /** Moves the walk past one element; returns it if it is a block with no element inside. */
  private step(element: Element): Element | null {
    const current = this.blocks[this.blocks.length - 1] as OpenBlock;
    let child: Element | null = null;
    let leaf: Element | null = null;
    const tag = element.localName;
    const kind = kindOfTag(tag);
    if (kind === TagKind.Skipped || kind === TagKind.LineBreak || this.flagged(element)) {
      current.mixed = true;
    } else {
      if (mayHostShadowRoot(tag)) {
        reportShadowRoot(element, this.options);
      }
      if (kind === TagKind.Inline) {
        child = element.firstElementChild;
        current.inline = true;
        if (child) {
          this.path.push(element);
          this.pathOpened.push(false);
        }
      } else {
        current.mixed = true;
        if (holdsOnlyPlainInline(element)) {
          leaf = element;
        } else {
          child = element.firstElementChild;
          this.blocks.push({ owner: element, opened: this.opened++, mixed: false, inline: false });
          this.path.push(element);
          this.pathOpened.push(true);
        }
      }
    }
    if (child) {
      this.element = child;
      return leaf;
    }
    // Up until there is a next sibling, queueing the blocks of the elements left.
    let next: Element | null = element.nextElementSibling;
    while (!next && this.path.length > 0) {
      const left = this.path.pop() as Element;
      if (this.pathOpened.pop()) {
        this.ready.push(this.blocks.pop() as OpenBlock);
      }
      next = left.nextElementSibling;
    }
    this.element = next;
    return leaf;
  }
}

/**
 * Whether a block's elements, if any, are all plain inline markup (see
 * NOT_PLAIN_INLINE), so the block is read whole without the walk visiting
 * them. Why: every element a content script touches gets a wrapper in its
 * isolated world, kept in a table that Chromium grows by rehashing it whole;
 * on the bench's 5 MB article the walk touched 21,000 elements, and a bare
 * walk stalled 5 ms in one call past 16,384 of them (longer under load).
 * The links and emphasis inside paragraphs were 5,700 of those elements.
 * `childElementCount` and `querySelector` hand no element to script.
 */
function holdsOnlyPlainInline(element: Element): boolean {
  return element.childElementCount === 0 || element.querySelector(NOT_PLAIN_INLINE) === null;
}

/** A block of plain inline markup, read in one call; null if it holds only whitespace. */
function inlineBlock(element: Element): TextBlock | null {
  const text = element.textContent ?? '';
  return VISIBLE.test(text) ? new InlineBlock(element, text) : null;
}

/** A block with line breaks, nested blocks or skipped parts: its own text, node by node. */
function* finishMixed(open: OpenBlock, flagged: FlagCheck): Generator<null, TextBlock | null> {
  if (!open.inline && !(yield* hasVisibleTextChild(open.owner))) {
    return null;
  }
  const block = yield* collectOwnText(open.owner, flagged);
  return VISIBLE.test(block.text) ? block : null;
}

/**
 * Whether a mixed block has a text node of its own that is not all
 * whitespace (its inline children are known from the walk). Containers of
 * blocks (an <article> of 15,000 paragraphs) have only the whitespace between
 * their children, and collecting that into a block cost as much as reading
 * every paragraph; this looks at the children alone, stops at the first
 * text, and gives the caller a tick now and then.
 */
function* hasVisibleTextChild(owner: BlockOwner): Generator<null, boolean> {
  if (owner.nodeType === DOCUMENT_NODE) {
    // A document has no text children.
    return false;
  }
  if (owner.nodeType === ELEMENT_NODE && (owner as Element).childElementCount >= MANY_CHILDREN) {
    const asked = yield* visibleTextByXPath(owner as Element);
    if (asked !== null) {
      return asked;
    }
  }
  let looked = 0;
  for (let child = owner.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE && VISIBLE.test((child as Text).data)) {
      return true;
    }
    if (++looked % NODES_PER_TICK === 0) {
      yield null;
    }
  }
  return false;
}

/** Element children from which a container's text children are asked of XPath rather than walked. */
const MANY_CHILDREN = 64;
/** Text children per XPath question: about a millisecond's work each on the bench's 5 MB article. */
const TEXTS_PER_QUESTION = 512;

/**
 * hasVisibleTextChild for a container of many blocks, asked of XPath a
 * window of text children at a time, with a tick before each question.
 * Why not walk them: every node handed to a content script gets a wrapper in
 * its isolated world's table, which Blink grows by rehashing it whole. On
 * the bench's 5 MB article the whitespace between its 13,000 paragraphs took
 * that table past 32,768 entries, a stall of ~10 ms in one call of the walk
 * (past 16,384 it is ~5 ms; the blocks alone reach that). XPath hands no node
 * to script. One question over every text child took 10 ms, hence windows.
 * Null where XPath is not available.
 */
function* visibleTextByXPath(owner: Element): Generator<null, boolean | null> {
  const doc = owner.ownerDocument;
  let texts: number;
  // Counting them is itself ~2 ms on that article: it starts a slice if the last one is spent.
  yield null;
  try {
    texts = doc.evaluate('count(text())', owner, null, XPathResult.NUMBER_TYPE, null).numberValue;
  } catch {
    return null;
  }
  for (let from = 0; from < texts; from += TEXTS_PER_QUESTION) {
    yield null;
    // normalize-space() counts fewer characters as space than VISIBLE does (not U+00A0),
    // so it may say yes to a text VISIBLE calls blank (collectOwnText then finds nothing), never the reverse.
    const window = `text()[position() > ${from} and position() <= ${from + TEXTS_PER_QUESTION}]`;
    const question = `boolean(${window}[normalize-space()])`;
    if (doc.evaluate(question, owner, null, XPathResult.BOOLEAN_TYPE, null).booleanValue) {
      return true;
    }
  }
  return false;
}

/**
 * A block whose subtree is plain inline markup: its text is its
 * textContent, and its text nodes are every text node below it.
 */
class InlineBlock implements TextBlock {
  private listed: { nodes: Text[]; starts: number[] } | null = null;

  constructor(
    readonly element: Element,
    readonly text: string,
  ) {}

  get nodes(): Text[] {
    return this.list().nodes;
  }

  get starts(): number[] {
    return this.list().starts;
  }

  private list(): { nodes: Text[]; starts: number[] } {
    if (!this.listed) {
      const nodes: Text[] = [];
      const starts: number[] = [];
      const walker = (this.element.ownerDocument ?? document).createTreeWalker(
        this.element,
        NodeFilter.SHOW_TEXT,
      );
      let length = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.data.length > 0) {
          nodes.push(node);
          starts.push(length);
          length += node.data.length;
        }
      }
      this.listed = { nodes, starts };
    }
    return this.listed;
  }
}

/**
 * The text of one block that holds line breaks, nested blocks or skipped
 * subtrees, node by node: nested blocks and <br> become a separator (the
 * nested blocks are blocks of their own), skipped subtrees are left out.
 */
function* collectOwnText(owner: BlockOwner, flagged: FlagCheck): Generator<null, TextBlock> {
  const nodes: Text[] = [];
  let visited = 0;
  const starts: number[] = [];
  let text = '';
  let separatorPending = false;
  const path: Node[] = [];
  let node: Node | null = owner.firstChild;
  while (node) {
    if (++visited % NODES_PER_TICK === 0) {
      yield null;
    }
    let child: Node | null = null;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (separatorPending && text.length > 0) {
          text += BLOCK_SEPARATOR;
        }
        separatorPending = false;
        nodes.push(node as Text);
        starts.push(text.length);
        text += data;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const element = node as Element;
      const kind = tagKindOf(element);
      if (kind === TagKind.Inline && !flagged(element)) {
        child = element.firstChild;
      } else if (kind !== TagKind.Skipped && !flagged(element)) {
        separatorPending = true;
      }
    }
    if (child) {
      path.push(node);
      node = child;
      continue;
    }
    let next: Node | null = node.nextSibling;
    while (!next && path.length > 0) {
      next = (path.pop() as Node).nextSibling;
    }
    node = next;
  }
  return { text, nodes, starts, element: owner };
}

function reportShadowRoot(element: Element, options: CollectOptions): void {
  const shadowRoot = options.onShadowRoot ? element.shadowRoot : null;
  if (shadowRoot) {
    options.onShadowRoot?.(shadowRoot);
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
