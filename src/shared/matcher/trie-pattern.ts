import { END_ASSERTION, START_ASSERTION } from './boundaries';
import { APOSTROPHE, SPACE_OR_DASH, escapeForClass, escapeLiteral } from './chars';
import type { EndRule, StartRule, Token } from './tokens';

export interface PatternName {
  tokens: readonly Token[];
  startRule: StartRule;
  endRule: EndRule;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A name ends here. */
  isEnd: boolean;
}

const GAP = '\u0001';
const OPTIONAL_GAP = '\u0002';
const APOSTROPHE_KEY = '\u0003';

const SPECIAL_SOURCE: Record<string, string> = {
  [GAP]: `${SPACE_OR_DASH}+`,
  [OPTIONAL_GAP]: `${SPACE_OR_DASH}*`,
  [APOSTROPHE_KEY]: APOSTROPHE,
};

function tokenKey(token: Token): string {
  switch (token.kind) {
    case 'char':
      return token.value;
    case 'gap':
      return GAP;
    case 'optional-gap':
      return OPTIONAL_GAP;
    case 'apostrophe':
      return APOSTROPHE_KEY;
  }
}

const MAX_SHARED_SUFFIX = 200;

const newNode = (): TrieNode => ({ children: new Map(), isEnd: false });

/**
 * One regex source for many names, shaped like their trie:
 * `(?:APT(?:3[78]?|4[135])|Laz…)(?!W)`. Irregexp runs a factored
 * alternation much faster than a flat list of alternatives (it never retries
 * a shared prefix), and sibling leaves with the same tail collapse into a
 * character class. Within a node the longer continuations come before the
 * node's own end, so the first match found at a position is the longest one.
 *
 * Boundary assertions appear once per (start rule, end rule) branch, after
 * the whole trie, not at each name's end: the group is not atomic, so when
 * the lookahead fails after "Lazarus Group" in "Lazarus Groupies" the engine
 * backtracks into the trie and tries "Lazarus". Repeating the Unicode
 * property classes at each of 10,000 ends made V8 take seconds to compile.
 *
 * The start boundary is a lookbehind only when `checkStart` is set (the
 * one-name verifiers). In the combined pattern the Unicode lookbehind made
 * the scan 3.5x slower (scripts/bench), so the scanner checks the character
 * before a match itself, after the ASCII-only lookbehind that buildStream
 * puts in front (cheap, and it drops most positions inside words).
 */
export function buildTriePattern(names: readonly PatternName[], checkStart: boolean): string {
  const branches = new Map<string, { startRule: StartRule; endRule: EndRule; root: TrieNode }>();
  for (const name of names) {
    const startRule: StartRule = checkStart ? name.startRule : 'none';
    const branchKey = `${startRule} ${name.endRule}`;
    let branch = branches.get(branchKey);
    if (!branch) {
      branch = { startRule, endRule: name.endRule, root: newNode() };
      branches.set(branchKey, branch);
    }
    let node: TrieNode = branch.root;
    for (const token of name.tokens) {
      const key = tokenKey(token);
      let child: TrieNode | undefined = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.isEnd = true;
  }
  const sources: string[] = [];
  for (const { startRule, endRule, root } of branches.values()) {
    sources.push(START_ASSERTION[startRule] + group(nodeSource(root)) + END_ASSERTION[endRule]);
  }
  return sources.join('|');
}

function group(source: string): string {
  return `(?:${source})`;
}

function nodeSource(node: TrieNode): string {
  const literalsBySuffix = new Map<string, string[]>();
  const alternatives: string[] = [];
  for (const [key, child] of node.children) {
    const suffix = nodeSource(child);
    const special = SPECIAL_SOURCE[key];
    // Grouping by a long suffix would hash (flatten) it at every level of the
    // trie, quadratic in name length; long tails are rarely shared anyway.
    if (special !== undefined || suffix.length > MAX_SHARED_SUFFIX) {
      alternatives.push((special ?? escapeLiteral(key)) + suffix);
      continue;
    }
    const literals = literalsBySuffix.get(suffix);
    if (literals) {
      literals.push(key);
    } else {
      literalsBySuffix.set(suffix, [key]);
    }
  }
  for (const [suffix, literals] of literalsBySuffix) {
    const head =
      literals.length === 1 ? escapeLiteral(literals[0] ?? '') : `[${literals.map(escapeForClass).join('')}]`;
    alternatives.unshift(head + suffix);
  }
  if (node.isEnd) {
    if (alternatives.length === 0) {
      return '';
    }
    // Optional and greedy: longer names sharing this prefix are tried first.
    return alternatives.length === 1 && isAtom(alternatives[0] ?? '')
      ? `${alternatives[0]}?`
      : `${group(alternatives.join('|'))}?`;
  }
  if (alternatives.length === 1) {
    return alternatives[0] ?? '';
  }
  return group(alternatives.join('|'));
}

/** A single character or class, which `?` can follow without a group. */
function isAtom(source: string): boolean {
  return /^(?:\\?[^\\]|\[[^\]]*\])$/u.test(source);
}
