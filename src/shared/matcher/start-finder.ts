/**
 * The start finder of a word trie (word-trie.ts): one regular expression
 * that matches, without consuming anything, at every word start where a
 * name of the trie may begin, judged by the first units of the names (up to
 * PREFIX_UNITS of them, up to the first gap or apostrophe).
 *
 * Why: walking the trie from JS visits every character of a page, and on a
 * cold page (a content script always starts cold) that loop ran interpreted
 * or half-optimized for much of a 5 MB article. irregexp skips the positions
 * no name can start at in native code from its first run, and leaves the
 * walk a few positions per sentence.
 *
 * The pattern is the prefixes' own trie, written out as nested groups, so
 * its size follows the distinct prefixes, not the names: a long custom
 * list of names that share their first letters stays small. Past
 * MAX_PREFIXES there is no finder, and the walk visits every position.
 */

/** The part of a frozen trie the finder is built from (see WordTrie). */
export interface TrieEdges {
  readonly foldCase: boolean;
  readonly edgeStart: Int32Array;
  readonly edgeKey: Int32Array;
  readonly edgeChild: Int32Array;
  readonly terminal: Int32Array;
}

/** Units of a name the finder checks before it hands the position to the walk. */
const PREFIX_UNITS = 4;
const MAX_PREFIXES = 2_000;
/** Rules out ASCII word characters before a start; the caller judges any other character. */
const NO_ASCII_WORD_BEFORE = '(?<![A-Za-z0-9_])';

/**
 * `gapKey` and `apostropheKey` are the trie's keys for its two character
 * classes: a prefix ends before either. Null when the trie is empty, starts
 * a name with a class, or has too many prefixes.
 */
export function buildStartFinder(trie: TrieEdges, gapKey: number, apostropheKey: number): RegExp | null {
  let prefixes = 0;
  const isClassKey = (key: number) => key === gapKey || key === apostropheKey;
  const edgesOf = (node: number): number[] => {
    const edges: number[] = [];
    for (let edge = trie.edgeStart[node] as number; edge < (trie.edgeStart[node + 1] as number); edge++) {
      edges.push(edge);
    }
    return edges;
  };

  /** The pattern for what may follow `node` at `depth`: '' where the prefix ends. */
  const after = (node: number, depth: number): string | null => {
    const edges = edgesOf(node);
    if (depth === PREFIX_UNITS || trie.terminal[node] !== 0 || edges.some((e) => isClassKey(keyOf(e)))) {
      prefixes++;
      return '';
    }
    return branches(edges, depth);
  };
  const keyOf = (edge: number) => trie.edgeKey[edge] as number;

  const branches = (edges: number[], depth: number): string | null => {
    const singles: string[] = [];
    const longer: string[] = [];
    for (const edge of edges) {
      const rest = after(trie.edgeChild[edge] as number, depth + 1);
      if (rest === null || prefixes > MAX_PREFIXES) {
        return null;
      }
      (rest === '' ? singles : longer).push(`${unitSource(keyOf(edge))}${rest}`);
    }
    const alternatives = [...longer, ...(singles.length > 1 ? [`[${singles.join('')}]`] : singles)];
    return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
  };

  const rootEdges = edgesOf(0);
  if (rootEdges.length === 0 || rootEdges.some((edge) => isClassKey(keyOf(edge)))) {
    return null;
  }
  const source = branches(rootEdges, 0);
  if (source === null) {
    return null;
  }
  // With `i` and `u` a literal matches its whole case class, as the trie's folded keys do (foldUnit).
  return new RegExp(`${NO_ASCII_WORD_BEFORE}(?=${source})`, trie.foldCase ? 'giu' : 'gu');
}

/** A unit as pattern source: ASCII letters and digits as they are, anything else escaped. */
function unitSource(unit: number): string {
  const ch = String.fromCharCode(unit);
  return /^[A-Za-z0-9]$/.test(ch) ? ch : `\\u${unit.toString(16).padStart(4, '0')}`;
}
