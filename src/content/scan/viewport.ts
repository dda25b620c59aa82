const BLOCK_SELECTOR =
  'p, li, dd, dt, td, th, h1, h2, h3, h4, h5, h6, blockquote, pre, figcaption, caption, summary, article, section, div';

/** Small enough to scan in one go: a viewport-first pass must stay cheap. */
const MAX_VIEWPORT_BLOCK_CHARS = 20_000;

/**
 * Block elements under a 3×3 grid of points over the viewport: what the
 * reader sees right now, scanned before the rest of the document.
 */
export function viewportBlockElements(doc: Document): Element[] {
  const found = new Set<Element>();
  const width = doc.documentElement.clientWidth || innerWidth;
  const height = doc.documentElement.clientHeight || innerHeight;
  for (const fx of [0.2, 0.5, 0.8]) {
    for (const fy of [0.15, 0.5, 0.85]) {
      const hit = doc.elementFromPoint(width * fx, height * fy)?.closest(BLOCK_SELECTOR);
      if (hit && hit !== doc.body && (hit.textContent?.length ?? 0) <= MAX_VIEWPORT_BLOCK_CHARS) {
        found.add(hit);
      }
    }
  }
  // Drop elements inside another found element: the outer scan covers them.
  return [...found].filter(
    (element) => ![...found].some((other) => other !== element && other.contains(element)),
  );
}
