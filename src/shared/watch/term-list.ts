import type { WatchTerm } from './types';

/**
 * A watch list's terms, read by position. The matcher's compile reads a few
 * fields of every term through the `…At` methods; a WatchTerm object is asked
 * for (`at`) only where a term is matched or shown.
 *
 * Why not WatchTerm[] everywhere: in the content script a 10,000-term custom
 * list as objects was about ten live heap objects per term (the term, its
 * strings, its group list, …) that every young-generation collection during
 * the scan copied, and those collections held the scan's longest slices.
 * There the terms stay packed (packed-terms.ts) and only matched ones become
 * objects.
 */
export interface TermList {
  readonly length: number;
  /** The term at `index`, the same object on every call. */
  at(index: number): WatchTerm;
  textAt(index: number): string;
  caseSensitiveAt(index: number): boolean;
  wholeWordAt(index: number): boolean;
  /** True for the user's own terms (no group), false for dataset aliases. */
  isCustomAt(index: number): boolean;
  isAmbiguousAt(index: number): boolean;
  /** The term's name as precompileNames encoded it; null where it could not be, undefined where the list carries none. */
  encodedNameAt(index: number): string | null | undefined;
}

/** A TermList over terms already held as objects, with `names` (precompileNames's, for exactly these terms) if given. */
export function termListOf(terms: readonly WatchTerm[], names?: readonly (string | null)[]): TermList {
  const usableNames = names?.length === terms.length ? names : undefined;
  const termAt = (index: number): WatchTerm => {
    const term = terms[index];
    if (!term) {
      throw new RangeError(`No term at ${index} of ${terms.length}`);
    }
    return term;
  };
  return {
    length: terms.length,
    at: termAt,
    textAt: (index) => termAt(index).text,
    caseSensitiveAt: (index) => termAt(index).caseSensitive,
    wholeWordAt: (index) => termAt(index).wholeWord,
    isCustomAt: (index) => termAt(index).groupIds.length === 0,
    isAmbiguousAt: (index) => termAt(index).ambiguity != null,
    encodedNameAt: (index) => usableNames?.[index],
  };
}

/** Every term as an object (for the rare paths that must look at all of them). */
export function allTerms(list: TermList): WatchTerm[] {
  return Array.from({ length: list.length }, (_, index) => list.at(index));
}

/** The terms at `indexes`, skipping any that do not point into the list (a stale or damaged cache's). */
export function termsAt(list: TermList, indexes: readonly number[]): WatchTerm[] {
  return indexes
    .filter((index) => Number.isInteger(index) && index >= 0 && index < list.length)
    .map((index) => list.at(index));
}
