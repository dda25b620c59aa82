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
  /** Replaces the ::highlight() rules (watch list or style changed). */
  setCss(css: string): void;
  /** Makes the rules apply inside a shadow tree that holds highlighted text. */
  adoptRoot(root: ShadowRoot): void;
  clear(): void;
}

export function supportsCssHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class CssHighlightPainter implements Painter {
  private readonly highlights = new Map<string, Highlight>();
  private readonly sheet = new CSSStyleSheet();
  private readonly adopted = new WeakSet<Document | ShadowRoot>();

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
  }

  remove(key: string, range: AbstractRange): void {
    this.highlights.get(key)?.delete(range);
  }

  isDrawing(key: string): boolean {
    return (this.highlights.get(key)?.size ?? 0) > 0;
  }

  setCss(css: string): void {
    this.sheet.replaceSync(css);
  }

  adoptRoot(root: ShadowRoot): void {
    this.adopt(root);
  }

  clear(): void {
    for (const key of this.highlights.keys()) {
      CSS.highlights.delete(key);
    }
    this.highlights.clear();
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
