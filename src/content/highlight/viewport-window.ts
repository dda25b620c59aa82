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
 *
 * Why observe only while scrolling: on a 5 MB article that keeps growing,
 * an observer with any target at all, even a dozen, cost the page ~3 ms of
 * intersection work and ~3 ms more of compositor commit on every frame
 * whose layout changed: a fifth more main-thread work while the page
 * appended paragraphs (scripts/bench, "without the extension"). So an end
 * is observed until its first report, and all ends are observed again only
 * while the reader scrolls (and for a moment after). Between scrolls the
 * last reports stand; what moves without a scroll (content inserted far
 * above) is corrected on the next scroll.
 */

import { sliceClock } from '../../shared/slice-clock';
import { yieldToPage } from '../scan/time-slice';

interface Chunk {
  members: Element[];
  shown: boolean;
  /** The members being observed (its first and last, as of the last observeEnds). */
  observed: Element[];
}

/**
 * Anchors per chunk. Larger chunks mean fewer ends to observe (each observe
 * call and each report costs the page's main thread) but more ranges
 * registered per chunk shown; at 48 a 5 MB article needs ~550 observed ends,
 * and the few chunks near the viewport hold a few hundred mentions.
 */
export const CHUNK_SIZE = 48;
const MARGIN = '100% 0px';
/** Ends stay observed this long after the last scroll or resize. */
const LIVE_AFTER_SCROLL_MS = 400;

export class ViewportWindow {
  private readonly chunkOf = new Map<Element, Chunk>();
  /** The last report on each observed chunk end; absent until the first one. */
  private readonly lastReports = new Map<Element, IntersectionObserverEntry>();
  private readonly observer: IntersectionObserver;
  /** The chunk new anchors join while they keep following its last member. */
  private open: Chunk | null = null;
  /**
   * Reports not yet applied. The first report after a big scan holds one
   * entry per chunk end (thousands), so they are applied in time slices.
   */
  private pending: IntersectionObserverEntry[] = [];
  /** Chunks whose ends changed since they were last observed. */
  private readonly unsettled = new Set<Chunk>();
  private applying = false;
  /** While true (the reader is scrolling), every chunk end is observed; otherwise only unreported ones. */
  private live = false;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onShow: (anchor: Element) => void,
    private readonly onHide: (anchor: Element) => void,
    signal?: AbortSignal,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onReports(entries), { rootMargin: MARGIN });
    // Capture: scroll events of inner scroll containers do not bubble, but pass the window on the way down.
    const options = { capture: true, passive: true, ...(signal ? { signal } : {}) };
    globalThis.addEventListener('scroll', () => this.goLive(), options);
    globalThis.addEventListener('resize', () => this.goLive(), options);
    signal?.addEventListener('abort', () => this.clear());
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
      this.endsChanged(open);
      // Until its new end reports, the chunk keeps its state; the new member shares it.
      if (open.shown) {
        this.onShow(anchor);
      }
      return;
    }
    const chunk: Chunk = { members: [anchor], shown: false, observed: [] };
    this.chunkOf.set(anchor, chunk);
    this.endsChanged(chunk);
    this.open = chunk;
  }

  /** Stops watching an anchor (it left the page). Its mentions are the caller's to remove. */
  untrack(anchor: Element): void {
    const chunk = this.chunkOf.get(anchor);
    if (!chunk) {
      return;
    }
    this.chunkOf.delete(anchor);
    chunk.members.splice(chunk.members.indexOf(anchor), 1);
    this.endsChanged(chunk);
    if (chunk.members.length === 0 && this.open === chunk) {
      this.open = null;
    }
  }

  clear(): void {
    this.pending = [];
    this.unsettled.clear();
    clearTimeout(this.liveTimer);
    this.live = false;
    this.observer.disconnect();
    this.chunkOf.clear();
    this.lastReports.clear();
    this.open = null;
  }

  /**
   * Observing is deferred to the end of the current task: a chunk grows one
   * anchor at a time during a scan slice, and observing each new last member
   * (and unobserving the one before) cost more than the rest of the window.
   */
  private endsChanged(chunk: Chunk): void {
    if (this.unsettled.size === 0) {
      queueMicrotask(() => this.observeEnds());
    }
    this.unsettled.add(chunk);
  }

  private observeEnds(): void {
    for (const chunk of this.unsettled) {
      const first = chunk.members[0];
      const last = chunk.members.at(-1);
      // Without a Set or filtered copy per chunk: this runs after every scan slice.
      let kept = 0;
      for (const element of chunk.observed) {
        if (element === first || element === last) {
          chunk.observed[kept++] = element;
        } else {
          this.observer.unobserve(element);
          this.lastReports.delete(element);
        }
      }
      chunk.observed.length = kept;
      if (first) {
        this.observeEnd(chunk, first);
      }
      if (last && last !== first) {
        this.observeEnd(chunk, last);
      }
    }
    this.unsettled.clear();
  }

  /** Observes an end if it is not yet: while live always, otherwise only until its first report. */
  private observeEnd(chunk: Chunk, end: Element): void {
    if (!chunk.observed.includes(end) && (this.live || !this.lastReports.has(end))) {
      this.observer.observe(end);
      chunk.observed.push(end);
    }
  }

  /** Scrolling: observe every chunk end until the scrolling stops (see the module comment). */
  private goLive(): void {
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => this.goIdle(), LIVE_AFTER_SCROLL_MS);
    if (this.live) {
      return;
    }
    this.live = true;
    this.forEachEnd((chunk, end) => this.observeEnd(chunk, end));
  }

  /** The scrolling stopped: observe nothing but ends still waiting for their first report. */
  private goIdle(): void {
    this.live = false;
    this.observer.disconnect();
    this.forEachEnd((chunk) => {
      chunk.observed = [];
    });
    this.forEachEnd((chunk, end) => this.observeEnd(chunk, end));
  }

  private forEachEnd(visit: (chunk: Chunk, end: Element) => void): void {
    for (const chunk of new Set(this.chunkOf.values())) {
      for (const end of new Set([chunk.members[0], chunk.members.at(-1)])) {
        if (end) {
          visit(chunk, end);
        }
      }
    }
  }

  /**
   * Only queues: Chromium may deliver reports at the end of a rendering
   * task, which on a large page is long already, so they are applied in a
   * task of their own.
   */
  private onReports(entries: IntersectionObserverEntry[]): void {
    this.pending.push(...entries);
    if (!this.applying) {
      this.applying = true;
      void yieldToPage().then(() => this.applyPending());
    }
  }

  /** Entries are snapshots, so applying them a few slices later is still exact. */
  private async applyPending(): Promise<void> {
    const clock = sliceClock();
    let next = 0;
    while (next < this.pending.length) {
      const touched = new Set<Chunk>();
      const batch = this.pending;
      while (next < batch.length && !clock.spent()) {
        const entry = batch[next++] as IntersectionObserverEntry;
        const chunk = this.chunkOf.get(entry.target);
        if (chunk) {
          this.lastReports.set(entry.target, entry);
          touched.add(chunk);
          if (!this.live) {
            // Reported: not observed again until the reader scrolls.
            this.observer.unobserve(entry.target);
            const at = chunk.observed.indexOf(entry.target);
            if (at >= 0) {
              chunk.observed.splice(at, 1);
            }
          }
        }
      }
      this.settle(touched);
      if (next < this.pending.length) {
        await yieldToPage();
        clock.reset();
        if (this.pending !== batch) {
          next = 0; // cleared meanwhile
        }
      }
    }
    this.pending = [];
    this.applying = false;
  }

  private settle(touched: Set<Chunk>): void {
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

  /**
   * Null while an end has not reported yet. With both ends outside, which
   * way each lies matters only for a chunk that was shown: ends on opposite
   * sides mean it straddles the viewport. A rect read costs a few
   * microseconds and the first report after a scan holds thousands of far
   * ends, so rects are read only then. (Outside the widened viewport, a
   * target whose top is above the viewport's lies wholly above it.)
   */
  private isNear(chunk: Chunk): boolean | null {
    const first = chunk.members[0];
    const last = chunk.members.at(-1);
    const a = first && this.lastReports.get(first);
    const b = last && this.lastReports.get(last);
    if (!a || !b) {
      return null;
    }
    if (a.isIntersecting || b.isIntersecting) {
      return true;
    }
    return chunk.shown && isAbove(a) !== isAbove(b);
  }
}

function isAbove(entry: IntersectionObserverEntry): boolean {
  return entry.boundingClientRect.top < 0;
}

/**
 * How far past a chunk's last member the next anchor may be and still join
 * it. Past that, or before it, the anchor starts a chunk of its own.
 *
 * Why a bound and no compareDocumentPosition: for two children of one
 * parent, Chromium's compareDocumentPosition walks the parent's children, and
 * on the bench's 5 MB article (one parent with ~15,000 children) the calls
 * made one initial-scan task with the 10,000-term list run 50 ms on the CPU.
 * Anchors farther apart than this are sparse, so the extra chunks are few.
 */
const NEAR_SIBLINGS = 64;

/** Whether the anchor is one of the next few siblings of the chunk's last member. */
function continues(last: Element, anchor: Element): boolean {
  if (last.parentNode !== anchor.parentNode) {
    return false;
  }
  let sibling = last.nextElementSibling;
  for (let step = 0; sibling && step < NEAR_SIBLINGS; step++) {
    if (sibling === anchor) {
      return true;
    }
    sibling = sibling.nextElementSibling;
  }
  return false;
}
