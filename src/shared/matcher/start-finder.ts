/**
 * The start finder of a word trie (word-trie.ts): one regular expression
 * that matches, without consuming anything, at every word start where a
 * name of the trie may begin, judged by the names' first keys (see DEPTHS):
 * their characters, case folded, and the gaps and apostrophes between them.
 *
 * Why: walking the trie from JS visits every character of a page, and on a
 * cold page (a content script always starts cold) that loop ran interpreted
 * or half-optimized for much of a 5 MB article. irregexp skips the positions
 * no name can start at in native code from its first run, and leaves the
 * walk a few positions per sentence.
 *
 * The pattern is the prefixes' own trie, written out as nested groups, so
 * its size follows the distinct prefixes, not the names: a long custom
 * list of names that share their first letters stays small. Past the
 * shallowest depth's limit there is no finder, and the walk visits every
 * position.
 */

import { APOSTROPHE, SPACE_OR_DASH } from './chars';

/** The part of a frozen trie the finder is built from (see WordTrie). */
export interface TrieEdges {
  readonly foldCase: boolean;
  readonly edgeStart: Int32Array;
  readonly edgeKey: Int32Array;
  readonly edgeChild: Int32Array;
  readonly endStart: Int32Array;
}

/**
 * How far into the names the finder looks, in trie keys (a gap between words
 * is one key), and how many prefixes it may hold at that depth. Deep
 * prefixes turn away words that merely begin like a name ("operation" for
 * "Operation Dream Job", "and" for "Andariel") without a walk; a long custom
 * list would make the pattern too big to compile in a moment, and gets
 * shallow ones.
 */
const DEPTHS = [
  { keys: 10, maxPrefixes: 800 },
  { keys: 4, maxPrefixes: 2_000 },
];
/** Rules out ASCII word characters before a start; the caller judges any other character. */
const NO_ASCII_WORD_BEFORE = '(?<![A-Za-z0-9_])';

/**
 * Where a trie's start finder source comes from: built here
 * (startFinderSource), or replayed from the background, which builds it once
 * per watch-list change (compileMatcher's `startFinders` option). Writing
 * the pattern out was a cold step of several milliseconds, with its
 * garbage, in the first tasks of every page.
 */
export type StartFinderSource = (trie: TrieEdges) => string | null;

/** The finder for a source from startFinderSource, for a trie that folds case or not. */
export function startFinderOf(source: string, foldCase: boolean): RegExp {
  // With `i` and `u` a literal matches its whole case class, as the trie's folded keys do (foldUnit).
  return new RegExp(source, foldCase ? 'giu' : 'gu');
}

/**
 * The finder's pattern source. `gapKey` and `apostropheKey` are the trie's
 * keys for its two character classes. Null when the trie is empty, starts a
 * name with a class, or has too many prefixes even at the shallowest depth.
 */
export function startFinderSource(trie: TrieEdges, gapKey: number, apostropheKey: number): string | null {
  const rootEdges = edgesOf(trie, 0);
  if (rootEdges.length === 0 || rootEdges.some((edge) => isClassKey(trie.edgeKey[edge] as number))) {
    return null;
  }
  for (const depth of DEPTHS) {
    const source = prefixPattern(depth.keys, depth.maxPrefixes);
    if (source !== null) {
      return `${NO_ASCII_WORD_BEFORE}(?=${source})`;
    }
  }
  return null;

  function isClassKey(key: number): boolean {
    return key === gapKey || key === apostropheKey;
  }

  /** A key as pattern source: the two classes as the walk reads them (a gap is a run), a unit escaped. */
  function keySource(key: number): string {
    return key === gapKey ? `${SPACE_OR_DASH}+` : key === apostropheKey ? APOSTROPHE : unitSource(key);
  }

  /** The prefixes' own trie, `keys` deep, as nested groups; null past `maxPrefixes`. */
  function prefixPattern(keys: number, maxPrefixes: number): string | null {
    let prefixes = 0;
    const branches = (edges: number[], depth: number): string | null => {
      const units: string[] = [];
      const longer: string[] = [];
      for (const edge of edges) {
        const key = trie.edgeKey[edge] as number;
        const child = trie.edgeChild[edge] as number;
        let rest = '';
        if (depth + 1 === keys || trie.endStart[child] !== trie.endStart[child + 1]) {
          prefixes++;
        } else {
          const deeper = branches(edgesOf(trie, child), depth + 1);
          if (deeper === null) {
            return null;
          }
          rest = deeper;
        }
        if (prefixes > maxPrefixes) {
          return null;
        }
        (rest === '' && !isClassKey(key) ? units : longer).push(`${keySource(key)}${rest}`);
      }
      const alternatives = [...longer, ...(units.length > 1 ? [`[${units.join('')}]`] : units)];
      return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
    };
    return branches(rootEdges, 0);
  }
}

function edgesOf(trie: TrieEdges, node: number): number[] {
  const edges: number[] = [];
  for (let edge = trie.edgeStart[node] as number; edge < (trie.edgeStart[node + 1] as number); edge++) {
    edges.push(edge);
  }
  return edges;
}

/** A unit as pattern source: ASCII letters and digits as they are, anything else escaped. */
function unitSource(unit: number): string {
  const ch = String.fromCharCode(unit);
  return /^[A-Za-z0-9]$/.test(ch) ? ch : `\\u${unit.toString(16).padStart(4, '0')}`;
}
