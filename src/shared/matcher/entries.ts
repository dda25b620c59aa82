import type { TermList } from '../watch/term-list';
import type { WatchTerm } from '../watch/types';
import { lookupKey } from './chars';
import type { CueKind } from './cues';
import { CUES, OTHER_MEANING_PHRASES } from './cues';
import { decodeName, encodeName } from './name-codec';
import { tokenizeName } from './tokens';
import type { EndRule, TokenizedName } from './tokens';
import { buildTriePattern, type PatternName } from './trie-pattern';
import type { StartFinderSource } from './start-finder';
import { sliceClock, type SliceClock } from '../slice-clock';
import { WordTrieBuilder, type WordTrie } from './word-trie';

/** Builds one combined pattern source; swappable so sources built elsewhere can be replayed. */
export type PatternBuilder = (names: readonly PatternName[], checkStart: boolean) => string;

/**
 * Something the combined pattern can find: a watch term, or a context cue.
 * Every entry is a member of this one class, with its fields always set in
 * the same order: V8 then gives them all one hidden class, and the scan's
 * property reads stay monomorphic (entries of three shapes deoptimized its
 * optimized code).
 */
export class Entry {
  /** name.endRule, read by the word trie at every name it finds. */
  readonly endRule: EndRule;
  /** Pattern for this entry alone, built when two entries share a lookup key. */
  verifier: RegExp | undefined = undefined;

  constructor(
    /** Position in the input list; cues come after every term. */
    readonly order: number,
    /** The list `order` is a position in; null for cues. */
    private readonly terms: TermList | null,
    readonly cue: CueKind | null,
    readonly name: TokenizedName,
    readonly caseSensitive: boolean,
    /** Lower wins at equal length: dataset terms, then custom terms, then cues. */
    readonly rank: number,
  ) {
    this.endRule = name.endRule;
  }

  /**
   * The watch term, or null for a cue. Asked for where the entry matches, so
   * a packed list (packed-terms.ts) makes objects only for matched terms.
   */
  get term(): WatchTerm | null {
    return this.terms === null ? null : this.terms.at(this.order);
  }
}

/** One engine over a set of entries: a combined regex, or a word trie (word-trie.ts). */
export type Stream = RegexStream | TrieStream;

export interface TrieStream {
  kind: 'trie';
  trie: WordTrie;
  entries: Entry[];
}

/** One compiled pattern and the table that maps its matches back to entries. */
export interface RegexStream {
  kind: 'regex';
  regex: RegExp;
  foldCase: boolean;
  byKey: Map<string, Entry[]>;
  /** Cache of byKey lookups by the exact matched text. */
  bySpelling: Map<string, Entry[] | undefined>;
  /** Which of several entries with one key a spelling is, where that depends on the spelling alone (scan.ts). */
  chosenBySpelling: Map<string, Entry | null>;
  entries: Entry[];
}

/**
 * Leads the pattern of a stream whose names must start a word. Not the full
 * rule (no letter or digit of any script before the name, which the scanner
 * checks): only its ASCII part, a test irregexp makes in a couple of
 * instructions, and that alone lets it drop most positions inside words
 * without entering the trie: the scan of a 5 MB article took 0.57x the time
 * (scripts/bench/matcher-node.ts). The Unicode classes in a lookbehind made
 * it several times slower instead.
 */
const ASCII_WORD_CHAR_BEFORE = '(?<![A-Za-z0-9_])';

const RANK_DATASET = 0;
const RANK_CUSTOM = 1;
const RANK_CUE = 2;

/** Entries for the terms at positions [from, to) of `terms`, from their encoded names where the list has them. */
export function termEntries(terms: TermList, from = 0, to = terms.length): Entry[] {
  const entries: Entry[] = [];
  for (let order = from; order < to; order++) {
    const caseSensitive = terms.caseSensitiveAt(order);
    const name =
      decodeName(terms.encodedNameAt(order)) ??
      tokenizeName(terms.textAt(order), caseSensitive, terms.wholeWordAt(order));
    if (name) {
      const rank = terms.isCustomAt(order) ? RANK_CUSTOM : RANK_DATASET;
      entries.push(new Entry(order, terms, null, name, caseSensitive, rank));
    }
  }
  return entries;
}

/** Acronym cues (APT, RAT, DPRK) only count in capitals: "rat" and "apt" are ordinary words. */
function isAcronym(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && text.length <= 8;
}

/**
 * The fixed phrases compiled beside the terms: context cues and the phrases
 * where an alias means something else. `cues` follows CUES's kinds and
 * lists in order, `otherMeanings` OTHER_MEANING_PHRASES.
 */
export interface PhraseNames {
  cues: readonly (string | null)[];
  otherMeanings: readonly (string | null)[];
}

/** Each cue with its case rule, in CUES's order. */
function cuePhrases(): { kind: CueKind; text: string; caseSensitive: boolean }[] {
  return (Object.keys(CUES) as CueKind[]).flatMap((kind) =>
    CUES[kind].map((text) => ({ kind, text, caseSensitive: isAcronym(text) })),
  );
}

/**
 * The fixed phrases' names in encodeName's form, for the background to
 * build once per watch list: tokenizing them on every page cost a few ms of
 * the page's thread and made V8 compile the tokenizer for that page alone.
 */
export function precompilePhraseNames(): PhraseNames {
  return {
    cues: cuePhrases().map(({ text, caseSensitive }) => encodeName(tokenizeName(text, caseSensitive, true))),
    otherMeanings: OTHER_MEANING_PHRASES.map((text) => encodeName(tokenizeName(text, false, true))),
  };
}

/** `encoded[index]`, decoded; tokenized again where the list does not fit (another build's list) or holds no name. */
function phraseName(
  encoded: readonly (string | null)[] | undefined,
  expectedLength: number,
  index: number,
  tokenize: () => TokenizedName | null,
): TokenizedName | null {
  return (encoded?.length === expectedLength ? decodeName(encoded[index]) : null) ?? tokenize();
}

export function cueEntries(firstOrder: number, encoded?: readonly (string | null)[]): Entry[] {
  const entries: Entry[] = [];
  let order = firstOrder;
  const phrases = cuePhrases();
  phrases.forEach(({ kind, text, caseSensitive }, index) => {
    const name = phraseName(encoded, phrases.length, index, () => tokenizeName(text, caseSensitive, true));
    if (name) {
      entries.push(new Entry(order++, null, kind, name, caseSensitive, RANK_CUE));
    }
  });
  return entries;
}

/**
 * Phrases where an alias means something else ("Emma Lazarus"), to be compiled
 * with the terms: as the longer match they hide the alias inside them.
 */
export function otherMeaningEntries(firstOrder: number, encoded?: readonly (string | null)[]): Entry[] {
  const entries: Entry[] = [];
  OTHER_MEANING_PHRASES.forEach((text, i) => {
    const name = phraseName(encoded, OTHER_MEANING_PHRASES.length, i, () => tokenizeName(text, false, true));
    if (name) {
      entries.push(new Entry(firstOrder + i, null, 'negative', name, false, RANK_CUE));
    }
  });
  return entries;
}

const byPriority = (a: Entry, b: Entry): number =>
  a.rank - b.rank || Number(b.caseSensitive) - Number(a.caseSensitive) || a.order - b.order;

/**
 * One stream for entries that share their case rule and their start rule:
 * names that must start a word get ASCII_WORD_CHAR_BEFORE, names that need no
 * start boundary (substring terms, names starting in Han or Kana) a stream of
 * their own without it.
 */
export function buildStream(
  entries: Entry[],
  foldCase: boolean,
  build: PatternBuilder = buildTriePattern,
): RegexStream | null {
  if (entries.length === 0) {
    return null;
  }
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) {
    const key = entryKey(entry, foldCase);
    const list = byKey.get(key);
    if (list) {
      list.push(entry);
    } else {
      byKey.set(key, [entry]);
    }
  }
  for (const [key, list] of byKey) {
    list.sort(byPriority);
    byKey.set(key, withoutEquivalents(list));
  }
  const startsWords = entries.every((entry) => entry.name.startRule === 'word');
  const source = build(
    entries.map((entry) => entry.name),
    false,
  );
  const regex = new RegExp(
    startsWords ? `${ASCII_WORD_CHAR_BEFORE}(?:${source})` : source,
    foldCase ? 'giu' : 'gu',
  );
  return {
    kind: 'regex',
    regex,
    foldCase,
    byKey,
    bySpelling: new Map(),
    chosenBySpelling: new Map(),
    entries,
  };
}

/** Small items (an entry sorted or added to a trie) between two readings of a compile's clock, which cost more than one. */
export const ITEMS_PER_READING = 32;

/** A word trie over entries that all start words (word-trie.ts), built in steps: it yields when `clock` is spent. */
export function* buildTrieStream(
  entries: Entry[],
  foldCase: boolean,
  finderSource?: StartFinderSource,
  clock: SliceClock = sliceClock(),
): Generator<void, TrieStream> {
  // Edges: at most one per character, and a few more where an optional gap forks a name.
  const expectedEdges = entries.reduce((sum, entry) => sum + (entry.name.encoded?.length ?? 16), 0);
  const builder = new WordTrieBuilder(entries, foldCase, byPriority, expectedEdges);
  // Its tables for 10,000 names are a few MB of fresh memory, whose pages are mapped in steps first.
  yield* builder.prepare(clock);
  for (let index = 0; index < entries.length; index++) {
    builder.add(index);
    if ((index + 1) % ITEMS_PER_READING === 0 && clock.spent()) {
      yield;
    }
  }
  return { kind: 'trie', trie: yield* builder.freeze(finderSource, clock), entries };
}

/**
 * Drops entries that would match exactly where a better one does (the same
 * name under two groups: a disputed alias). The best one always wins such a
 * tie, so checking the others one by one at every mention is wasted work.
 */
function withoutEquivalents(sorted: Entry[]): Entry[] {
  if (sorted.length < 2) {
    return sorted;
  }
  const seen = new Set<string>();
  return sorted.filter((entry) => {
    const signature = JSON.stringify([entry.name, entry.caseSensitive, entry.cue]);
    if (seen.has(signature)) {
      return false;
    }
    seen.add(signature);
    return true;
  });
}

function entryKey(entry: Entry, foldCase: boolean): string {
  const spelled = entry.name.tokens
    .map((token) => (token.kind === 'char' ? token.value : token.kind === 'apostrophe' ? "'" : ''))
    .join('');
  return lookupKey(spelled, foldCase);
}

/** True when this entry alone matches exactly `length` characters at `start` (with its boundary rules). */
export function entryMatchesAt(entry: Entry, text: string, start: number, length: number): boolean {
  entry.verifier ??= new RegExp(buildTriePattern([entry.name], true), entry.caseSensitive ? 'uy' : 'iuy');
  entry.verifier.lastIndex = start;
  const match = entry.verifier.exec(text);
  return match !== null && match[0].length === length;
}
