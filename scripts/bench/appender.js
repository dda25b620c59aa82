/**
 * The page side of the rescan phase: appends window.__nktlBench.paragraphs
 * to the article one at a time, one per 5 ms timer (a feed or chat that
 * grows), so the extension sees many small mutations, not one big one.
 * Progress is in window.__nktlBenchProgress; setting window.__nktlBenchStop
 * ends it early (the bench caps the phase's length). Sets
 * window.__nktlBenchAppended = { count, chars } when done.
 */
(() => {
  const paragraphs = window.__nktlBench.paragraphs;
  const article = document.querySelector('article') ?? document.body;
  let index = 0;
  let chars = 0;
  const step = () => {
    window.__nktlBenchProgress = { count: index, chars };
    if (index >= paragraphs.length || window.__nktlBenchStop) {
      window.__nktlBenchAppended = { count: index, chars };
      return;
    }
    const paragraph = document.createElement('p');
    paragraph.innerHTML = paragraphs[index];
    chars += paragraph.textContent.length;
    article.append(paragraph);
    index += 1;
    setTimeout(step, 5);
  };
  step();
})();
