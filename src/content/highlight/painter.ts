/**
 * Draws mentions. The normal painter uses the CSS Custom Highlight API, which
 * marks text without touching the page's DOM; the fallback draws boxes in our
 * own overlay where the API is missing.
 */
export interface Painter {
  add(key: string, range: AbstractRange): void;
  remove(key: string, range: AbstractRange): void;
  /** Whether any range of this key is drawn now: only mentions near the viewport are (see viewport-window.ts). */
  isDrawing(key: string): boolean;
  /** The ::highlight() rule of each key (watch list or style changed); a painter uses those of the keys it draws. */
  setRules(rules: ReadonlyMap<string, string>): void;
  /** A key whose mentions were found on the page and may be drawn later (see CssHighlightPainter). */
  expect(key: string): void;
  /** Makes the rules apply inside a shadow tree that holds highlighted text. */
  adoptRoot(root: ShadowRoot): void;
  clear(): void;
}

/** How long a key found off screen may wait for its rule, so that a scan adds rules in a few batches. */
const RULE_BATCH_MS = 1_000;

export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Its stylesheet holds the ::highlight() rules of the keys this page has
 * mentions of, and no others: none at all on a page without mentions.
 *
 * Why: while a document has any ::highlight() rule, Chromium computes every
 * element's highlight styles on each style recalculation, and adding or
 * changing a rule restyles every element. Restyling the bench's 5 MB article
 * took 60 ms with no rule, 110 ms with one and 220 ms with 25. Before, every
 * page got all 36 rules (34 groups, the current mention, the flash): on a 1 MB
 * page that names no group, each restyle took 5x as long as without the
 * extension (`npm run bench`, style-cost.ts); now it takes the same. So rules
 * are added as keys first appear, never removed while the page is on (each
 * change restyles the page), and batched: a key drawn now gets its rule
 * before the frame is painted; a key found off screen waits for the next
 * batch.
 */
export class CssHighlightPainter implements Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly sheet = new CSSStyleSheet();
  private readonly adopted = new WeakSet<Document | ShadowRoot>();
  private rules: ReadonlyMap<string, string> = new Map();
  /** Keys whose rules the sheet holds. */
  private readonly inSheet = new Set<string>();
  /** Keys of this page whose rules wait for the next write. */
  private readonly waiting = new Set<string>();
  private sheetText = '';
  private writeQueued = false;
  private batchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly document: Document) {
    this.adopt(document);
  }

  add(key: string, range: AbstractRange): void {
    let highlight = this.highlights.get(key);
    if (!highlight) {
      highlight = new Highlight();
      this.highlights.set(key, highlight);
      CSS.highlights.set(key, highlight);
    }
    highlight.add(range);
    if (!this.inSheet.has(key)) {
      this.waiting.add(key);
      // At the end of this task: before the frame that draws the range.
      if (!this.writeQueued) {
        this.writeQueued = true;
        queueMicrotask(() => {
          this.writeQueued = false;
          this.writeSheet();
        });
      }
    }
  }

  expect(key: string): void {
    if (!this.inSheet.has(key) && !this.waiting.has(key)) {
      this.waiting.add(key);
      this.batchTimer ??= setTimeout(() => {
        this.batchTimer = undefined;
        this.writeSheet();
      }, RULE_BATCH_MS);
    }
  }

  remove(key: string, range: AbstractRange): void {
    this.highlights.get(key)?.delete(range);
  }

  isDrawing(key: string): boolean {
    return (this.highlights.get(key)?.size ?? 0) > 0;
  }

  setRules(rules: ReadonlyMap<string, string>): void {
    this.rules = rules;
    this.writeSheet();
  }

  adoptRoot(root: ShadowRoot): void {
    this.adopt(root);
  }

  /** Off: no highlights and no rules left in the page. */
  clear(): void {
    for (const key of this.highlights.keys()) {
      CSS.highlights.delete(key);
    }
    this.highlights.clear();
    this.inSheet.clear();
    this.waiting.clear();
    this.writeSheet();
  }

  /** Writes the rules of every key seen so far, only if that changes the sheet (each change restyles every element). */
  private writeSheet(): void {
    for (const key of this.waiting) {
      this.inSheet.add(key);
    }
    this.waiting.clear();
    const text = [...this.inSheet].flatMap((key) => this.rules.get(key) ?? []).join('\n');
    if (text !== this.sheetText) {
      this.sheetText = text;
      this.sheet.replaceSync(text);
    }
  }

  // adoptedStyleSheets is not part of the DOM tree: adding to it is invisible
  // to the page's MutationObservers and to its own stylesheet list.
  private adopt(root: Document | ShadowRoot): void {
    if (this.adopted.has(root)) {
      return;
    }
    this.adopted.add(root);
    root.adoptedStyleSheets.push(this.sheet);
  }
}
