import type { WatchTerm } from './types';

/**
 * The index of the first term of each distinct highlight source (a term's
 * primary group, or a custom term's colour), in list order. A highlight key
 * and its CSS rule follow from the source alone (content/highlight/keys.ts),
 * so these few terms stand for the whole list when the rules are written.
 *
 * Why the background computes it: on a 10,000-term custom list, finding the
 * few distinct sources on the page took 12 ms of one task (cold code, run once
 * per load), the longest of the load (scripts/bench/diagnose-long-tasks.ts).
 */
export function keyRepresentatives(terms: readonly WatchTerm[]): number[] {
  const seen = new Set<string | undefined>();
  const representatives: number[] = [];
  terms.forEach((term, index) => {
    const source = term.groupIds[0] ?? term.color;
    if (!seen.has(source)) {
      seen.add(source);
      representatives.push(index);
    }
  });
  return representatives;
}
