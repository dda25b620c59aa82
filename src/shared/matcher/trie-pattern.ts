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
  ends: Set<EndRule>;
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

const newNode = (): TrieNode => ({ children: new Map(), ends: new Set() });

/**
 * One regex source for many names, shaped like their trie:
 * `(?<!W)(?:APT(?:3[78]|4[135])(?!W)|Laz…)`. Irregexp runs a factored
 * alternation much faster than a flat list of alternatives (it never retries
 * a shared prefix), and sibling leaves with the same tail collapse into a
 * character class. Within a node the longer continuations come before the
 * node's own end, so the first match found at a position is the longest one;
 * boundary checks are lookarounds at each end, so "APT380" backtracks to
 * nothing rather than reporting "APT38".
 */
export function buildTriePattern(names: readonly PatternName[]): string {
  const byStart = new Map<StartRule, TrieNode>();
  for (const name of names) {
    let root = byStart.get(name.startRule);
    if (!root) {
      root = newNode();
      byStart.set(name.startRule, root);
    }
    let node: TrieNode = root;
    for (const token of name.tokens) {
      const key = tokenKey(token);
      let child: TrieNode | undefined = node.children.get(key);
      if (!child) {
        child = newNode();
        node.children.set(key, child);
      }
      node = child;
    }
    node.ends.add(name.endRule);
  }
  const branches: string[] = [];
  for (const [startRule, root] of byStart) {
    branches.push(START_ASSERTION[startRule] + group(nodeSource(root)));
  }
  return branches.join('|');
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
    if (special !== undefined) {
      alternatives.push(special + suffix);
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
  const end = endSource(node.ends);
  if (end !== null) {
    // Last, so that longer names sharing this prefix are tried first.
    alternatives.push(end);
  }
  if (alternatives.length === 1) {
    return alternatives[0] ?? '';
  }
  return group(alternatives.join('|'));
}

function endSource(ends: ReadonlySet<EndRule>): string | null {
  if (ends.size === 0) {
    return null;
  }
  if (ends.has('none')) {
    return '';
  }
  const sources = [...ends].map((rule) => END_ASSERTION[rule]);
  return sources.length === 1 ? (sources[0] ?? '') : group(sources.join('|'));
}
