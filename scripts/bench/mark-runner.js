/**
 * Runs mark.js (loaded before this script from node_modules/mark.js) over
 * the page with the same terms as the other annotators. Options are the
 * fair ones for a term list: whole terms (separateWordSearch off), whole
 * words (accuracy "exactly" with punctuation as limiters), and diacritics
 * off, since its diacritics classes only slow it down for these names.
 *
 * mark.js walks the whole document once per term, so a 10,000-term list
 * would take hours at 5 MB: with window.__nktlBench.budgetMs set, it marks
 * terms in batches and stops once the budget is spent, reporting how many
 * terms it got through so the bench can extrapolate (its cost is linear in
 * the number of terms). Sets window.__nktlBenchDone = { count, ms, termsDone }.
 */
(() => {
  const started = performance.now();
  const { terms, budgetMs } = window.__nktlBench;
  const instance = new window.Mark(document.body);
  const options = {
    separateWordSearch: false,
    diacritics: false,
    accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '"', "'", '’'] },
  };
  const batch = 50;
  let count = 0;
  let termsDone = 0;
  while (termsDone < terms.length) {
    const slice = terms.slice(termsDone, termsDone + batch);
    instance.mark(slice, { ...options, done: (marked) => (count += marked) });
    termsDone += slice.length;
    if (budgetMs && performance.now() - started > budgetMs) {
      break;
    }
  }
  window.__nktlBenchDone = { count, ms: performance.now() - started, termsDone };
})();
