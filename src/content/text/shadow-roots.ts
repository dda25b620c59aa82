import type { CollectOptions } from './blocks';
import { isSkipped } from './element-kinds';

/**
 * Every open shadow root below `root`, including those nested in other shadow
 * trees (each tree's roots in document order, before the roots nested in them). The TreeWalker of collectBlocks does not enter
 * shadow trees; the caller scans and observes each root separately.
 */
export function findOpenShadowRoots(root: Node, options: CollectOptions = {}): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const pending: Node[] = [root];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const document = next.ownerDocument ?? (next as Document);
    const walker = document.createTreeWalker(next, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (node: Node): number =>
        isSkipped(node as Element, options.skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    const nested: ShadowRoot[] = [];
    const visit = (element: Element): void => {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        nested.push(shadow);
      }
    };
    if (next.nodeType === 1) {
      visit(next as Element);
    }
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      visit(node as Element);
    }
    // Reverse so pop() takes them in document order.
    pending.push(...nested.reverse());
  }
  return found;
}
