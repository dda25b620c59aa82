// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_SIZE, ViewportWindow } from '../../../src/content/highlight/viewport-window';

/** An IntersectionObserver the test drives by hand. */
class FakeObserver {
  static current: FakeObserver | null = null;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.current = this;
  }
  observe(element: Element): void {
    this.observed.add(element);
  }
  unobserve(element: Element): void {
    this.observed.delete(element);
  }
  disconnect(): void {
    this.observed.clear();
  }
  /** Reports targets as inside the widened viewport, or outside it with their top at `top`. */
  report(reports: [Element, 'inside' | { top: number }][]): void {
    this.callback(
      reports.map(([target, where]) => ({
        target,
        isIntersecting: where === 'inside',
        boundingClientRect: { top: where === 'inside' ? 0 : where.top } as DOMRectReadOnly,
      })) as unknown as IntersectionObserverEntry[],
    );
  }
}

const settle = () => new Promise((resume) => setTimeout(resume, 20));

describe('ViewportWindow', () => {
  let original: typeof IntersectionObserver;
  let paragraphs: HTMLElement[];
  let shown: Set<Element>;
  let window: ViewportWindow;

  beforeEach(() => {
    original = globalThis.IntersectionObserver;
    globalThis.IntersectionObserver = FakeObserver as unknown as typeof IntersectionObserver;
    document.body.innerHTML = `<article>${'<p>x</p>'.repeat(CHUNK_SIZE + 6)}</article><aside><p>y</p></aside>`;
    paragraphs = [...document.querySelectorAll('p')];
    shown = new Set();
    window = new ViewportWindow(
      (anchor) => shown.add(anchor),
      (anchor) => shown.delete(anchor),
    );
  });

  afterEach(() => {
    globalThis.IntersectionObserver = original;
  });

  const io = () => FakeObserver.current as FakeObserver;

  it('groups consecutive siblings into chunks and observes only each chunk’s two ends', async () => {
    paragraphs.forEach((paragraph) => window.track(paragraph));
    await settle();
    // CHUNK_SIZE + 6 article paragraphs: a full chunk and one of 6; the aside's paragraph is a chunk of its own.
    expect([...io().observed]).toEqual([
      paragraphs[0],
      paragraphs[CHUNK_SIZE - 1],
      paragraphs[CHUNK_SIZE],
      paragraphs[CHUNK_SIZE + 5],
      paragraphs[CHUNK_SIZE + 6],
    ]);
    expect(shown.size).toBe(0);
  });

  it('starts a new chunk for an anchor far past the last member or before it, without asking the DOM for order', async () => {
    document.body.innerHTML = `<article>${'<p>x</p>'.repeat(200)}</article>`;
    const many = [...document.querySelectorAll('p')];
    const asked = { count: 0 };
    const compare = Node.prototype.compareDocumentPosition;
    Node.prototype.compareDocumentPosition = function (this: Node, other: Node) {
      asked.count += 1;
      return compare.call(this, other);
    };
    try {
      // Near (within the bound), far (150 siblings on), then one before the last member.
      for (const index of [0, 10, 160, 5]) {
        window.track(many[index] as HTMLElement);
      }
      await settle();
    } finally {
      Node.prototype.compareDocumentPosition = compare;
    }
    expect(asked.count).toBe(0);
    // Chunks [0, 10], [160], [5]: each one's ends observed.
    expect(new Set(io().observed)).toEqual(new Set([many[0], many[10], many[160], many[5]]));
  });

  it('shows a whole chunk when an end comes near, and hides it when both ends are on one side', async () => {
    paragraphs.forEach((paragraph) => window.track(paragraph));
    await settle();
    const [first, last] = [paragraphs[0] as Element, paragraphs[CHUNK_SIZE - 1] as Element];
    io().report([
      [first, 'inside'],
      [last, { top: 5000 }],
    ]);
    await settle();
    expect(shown.size).toBe(CHUNK_SIZE);
    expect(window.isShown(paragraphs[10] as Element)).toBe(true);
    expect(window.isShown(paragraphs[CHUNK_SIZE] as Element)).toBe(false);

    // Scrolled down: the first end leaves above while the last is still below, so the chunk straddles.
    globalThis.dispatchEvent(new Event('scroll'));
    io().report([[first, { top: -3000 }]]);
    await settle();
    expect(shown.size).toBe(CHUNK_SIZE);
    io().report([[last, 'inside']]);
    await settle();
    io().report([[last, { top: -100 }]]);
    await settle();
    expect(shown.size).toBe(0);
  });

  it('observes an end only until its first report while the reader is not scrolling', async () => {
    paragraphs.slice(0, CHUNK_SIZE).forEach((paragraph) => window.track(paragraph));
    await settle();
    const [first, last] = [paragraphs[0] as Element, paragraphs[CHUNK_SIZE - 1] as Element];
    expect([...io().observed]).toEqual([first, last]);
    io().report([
      [first, 'inside'],
      [last, { top: 5000 }],
    ]);
    await settle();
    expect(io().observed.size).toBe(0);
    expect(shown.size).toBe(CHUNK_SIZE);
    // A new member becomes the chunk's last end: observed until it reports.
    window.track(paragraphs[CHUNK_SIZE] as Element);
    await settle();
    expect([...io().observed]).toEqual([paragraphs[CHUNK_SIZE]]);
  });

  it('observes every end again while the reader scrolls, and stops after', async () => {
    paragraphs.forEach((paragraph) => window.track(paragraph));
    await settle();
    const ends = [...io().observed];
    io().report(ends.map((end) => [end, { top: 5000 }]));
    await settle();
    expect(io().observed.size).toBe(0);
    globalThis.dispatchEvent(new Event('scroll'));
    expect([...io().observed].sort()).toEqual([...ends].sort());
    // Reports while scrolling keep the ends observed.
    io().report([[ends[0] as Element, 'inside']]);
    await settle();
    expect(io().observed.size).toBe(ends.length);
    await new Promise((resume) => setTimeout(resume, 500));
    expect(io().observed.size).toBe(0);
    expect(shown.size).toBe(CHUNK_SIZE);
  });

  it('stops listening for scrolls when its signal aborts', async () => {
    const controller = new AbortController();
    const owned = new ViewportWindow(
      () => undefined,
      () => undefined,
      controller.signal,
    );
    owned.track(paragraphs[0] as Element);
    await settle();
    io().report([[paragraphs[0] as Element, { top: 5000 }]]);
    await settle();
    controller.abort();
    globalThis.dispatchEvent(new Event('scroll'));
    expect(io().observed.size).toBe(0);
  });

  it('observes the new end when an end leaves the page', async () => {
    paragraphs.slice(CHUNK_SIZE, CHUNK_SIZE + 6).forEach((paragraph) => window.track(paragraph));
    await settle();
    window.untrack(paragraphs[CHUNK_SIZE + 5] as Element);
    await settle();
    expect(io().observed.has(paragraphs[CHUNK_SIZE + 4] as Element)).toBe(true);
    expect(io().observed.has(paragraphs[CHUNK_SIZE + 5] as Element)).toBe(false);
  });
});
