/**
 * The minimal annotator the extension is measured against: one combined
 * case-insensitive regex of the escaped terms (longest first) with Unicode
 * word boundaries, run over every text node found by a TreeWalker, one
 * StaticRange per match, all in one Highlight. No context rules, no
 * cross-node matches, no time slicing: the least work that still paints.
 *
 * Injected by the bench as a page script with a known URL so the CPU
 * profile can attribute its samples. Reads window.__nktlBench.terms and
 * sets window.__nktlBenchDone = { count, ms }.
 */
(() => {
  const started = performance.now();
  const terms = [...window.__nktlBench.terms].sort((a, b) => b.length - a.length);
  const escaped = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement && skip.has(node.parentElement.tagName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const highlight = new Highlight();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      highlight.add(
        new StaticRange({
          startContainer: node,
          startOffset: match.index,
          endContainer: node,
          endOffset: match.index + match[0].length,
        }),
      );
    }
  }
  CSS.highlights.set('bench-minimal', highlight);
  const style = document.createElement('style');
  style.textContent = '::highlight(bench-minimal){background:#ffd400;color:inherit}';
  document.head.append(style);
  window.__nktlBenchDone = { count: highlight.size, ms: performance.now() - started };
})();
