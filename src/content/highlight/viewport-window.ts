/**
 * Which anchors (block elements holding mentions) are near the viewport:
 * within one viewport height above or below it. Only their mentions are
 * registered as highlight ranges.
 *
 * Why: Chromium rebuilds the markers of every registered highlight range
 * after any DOM change (HighlightRegistry::ValidateHighlightMarkers). With
 * the ~38,000 mentions of a 5 MB article registered, a page that appends a
 * paragraph every few milliseconds spent ~150 ms of main-thread time per
 * append on that rebuild; with only the ranges near the viewport it is lost
 * in the noise.
 *
 * Why chunks: an IntersectionObserver watching 12,000 targets itself cost
 * ~13 ms per frame on such a page. Anchors are grouped into chunks of
 * consecutive siblings, and only each chunk's first and last member are
 * observed. Siblings in document order stack down the page, so a chunk
 * is near the viewport unless both ends are above it or both are below it.
 * (An IntersectionObserver never touches the page's DOM.)
 */

type Side = 'above' | 'inside' | 'below';

interface Chunk {
  members: Element[];
  shown: boolean;
}

const CHUNK_SIZE = 16;
const MARGIN = '100% 0px';

export class ViewportWindow {
  private readonly chunkOf = new Map<Element, Chunk>();
  /** Last reported side of each observed chunk end; absent until the first report. */
  private readonly sides = new Map<Element, Side>();
  private readonly observer: IntersectionObserver;
  /** The chunk new anchors join while they keep following its last member. */
  private open: Chunk | null = null;

  constructor(
    private readonly onShow: (anchor: Element) => void,
    private readonly onHide: (anchor: Element) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onReports(entries), { rootMargin: MARGIN });
  }

  isShown(anchor: Element): boolean {
    return this.chunkOf.get(anchor)?.shown ?? false;
  }

  /** Starts watching an anchor (no-op if watched). It is shown once it is reported near the viewport. */
  track(anchor: Element): void {
    if (this.chunkOf.has(anchor)) {
      return;
    }
    const open = this.open;
    const last = open?.members.at(-1);
    if (open && last && open.members.length < CHUNK_SIZE && continues(last, anchor)) {
      open.members.push(anchor);
      this.chunkOf.set(anchor, open);
      if (open.members.length > 2) {
        this.stopObserving(last);
      }
      this.observer.observe(anchor);
      // Until its new end reports, the chunk keeps its state; the new member shares it.
      if (open.shown) {
        this.onShow(anchor);
      }
      return;
    }
    const chunk: Chunk = { members: [anchor], shown: false };
    this.chunkOf.set(anchor, chunk);
    this.observer.observe(anchor);
    this.open = chunk;
  }

  /** Stops watching an anchor (it left the page). Its mentions are the caller's to remove. */
  untrack(anchor: Element): void {
    const chunk = this.chunkOf.get(anchor);
    if (!chunk) {
      return;
    }
    this.chunkOf.delete(anchor);
    const index = chunk.members.indexOf(anchor);
    const wasEnd = index === 0 || index === chunk.members.length - 1;
    chunk.members.splice(index, 1);
    if (!wasEnd) {
      return;
    }
    this.stopObserving(anchor);
    const first = chunk.members[0];
    const last = chunk.members.at(-1);
    for (const end of [first, last]) {
      if (end && !this.sides.has(end)) {
        this.observer.observe(end);
      }
    }
    if (chunk.members.length === 0 && this.open === chunk) {
      this.open = null;
    }
  }

  clear(): void {
    this.observer.disconnect();
    this.chunkOf.clear();
    this.sides.clear();
    this.open = null;
  }

  private stopObserving(element: Element): void {
    this.observer.unobserve(element);
    this.sides.delete(element);
  }

  private onReports(entries: IntersectionObserverEntry[]): void {
    const touched = new Set<Chunk>();
    for (const entry of entries) {
      const chunk = this.chunkOf.get(entry.target);
      if (chunk) {
        this.sides.set(entry.target, sideOf(entry));
        touched.add(chunk);
      }
    }
    for (const chunk of touched) {
      const shown = this.isNear(chunk);
      if (shown === null || shown === chunk.shown) {
        continue;
      }
      chunk.shown = shown;
      for (const member of chunk.members) {
        if (shown) {
          this.onShow(member);
        } else {
          this.onHide(member);
        }
      }
    }
  }

  /** Null while an end has not reported yet. */
  private isNear(chunk: Chunk): boolean | null {
    const first = chunk.members[0];
    const last = chunk.members.at(-1);
    const a = first && this.sides.get(first);
    const b = last && this.sides.get(last);
    if (!a || !b) {
      return null;
    }
    return a === 'inside' || b === 'inside' || a !== b;
  }
}

/** A chunk grows only by the next sibling-level anchor in document order. */
function continues(last: Element, anchor: Element): boolean {
  return (
    last.parentNode === anchor.parentNode &&
    (last.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
  );
}

function sideOf(entry: IntersectionObserverEntry): Side {
  if (entry.isIntersecting) {
    return 'inside';
  }
  // rootBounds is null in a cross-origin frame; the frame's own viewport top is 0 there.
  const top = entry.rootBounds?.top ?? 0;
  return entry.boundingClientRect.bottom <= top ? 'above' : 'below';
}
