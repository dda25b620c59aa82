import { END_ASSERTION } from './boundaries';
import { APOSTROPHE, SPACE_OR_DASH, WORD_CHAR } from './chars';
import type { Entry } from './entries';
import { ENCODED_APOSTROPHE, ENCODED_BODY_START, ENCODED_GAP, ENCODED_OPTIONAL_GAP } from './name-codec';
import { makeCandidate, type Candidate } from './candidate';
import { startFinderOf, startFinderSource, type StartFinderSource } from './start-finder';
import { sliceClock, type SliceClock } from '../slice-clock';
import type { EndRule, Token } from './tokens';

/**
 * The matching engine for names that must start a word (almost all of
 * them): a trie of their tokens, walked from each word start in the text.
 *
 * Why not the combined regex (see compileMatcher for the figures): V8
 * compiles a regex into machine code in one call that cannot be cut into
 * slices, and for a 10,000-name watch list that call blocked the page for
 * 100-130 ms. The trie is built in slices of a few milliseconds, and its walk
 * does less work per character: most positions are inside words or start
 * with a letter no name starts with, and are passed over with two table
 * lookups.
 *
 * Semantics are the combined regex's (trie-pattern.ts), character for
 * character: a gap is one or more spaces or dashes, an optional gap zero or
 * more, any apostrophe stands for any other, the start boundary is "no word
 * character before", the end rules are those of boundaries.ts, and of the
 * names that match at a position the longest whose end rule holds wins.
 * Case folding maps each UTF-16 unit to one representative of its case class
 * (see foldUnit); names outside the Basic Multilingual Plane, or with too
 * many optional gaps, stay with the regex engine (isTrieName).
 */

/** Edge keys: a UTF-16 unit (folded or not), or one of these two classes. */
const GAP_KEY = 0x10000;
const APOSTROPHE_KEY = 0x10001;

/** A trie's start finder source, built from its edges (see start-finder.ts). */
export const ownStartFinderSource: StartFinderSource = (trie) =>
  startFinderSource(trie, GAP_KEY, APOSTROPHE_KEY);

const KEY_COUNT = 0x10002;

/** Optional gaps double a name's paths through the trie; past this many paths it stays with the regex. */
const MAX_PATHS = 16;

const enum UnitClass {
  Unknown = 0,
  Word = 1,
  Gap = 2,
  Apostrophe = 3,
  Other = 4,
  Surrogate = 5,
}

const GAP_RE = new RegExp(`^${SPACE_OR_DASH}$`, 'u');
const APOSTROPHE_RE = new RegExp(`^${APOSTROPHE}$`, 'u');
const WORD_RE = new RegExp(`^${WORD_CHAR}$`, 'u');

/** Filled as units are first seen: a Unicode regex test per unit, once per page. */
const unitClasses = new Uint8Array(0x10000);
/** fold + 1 per unit, 0 while not computed. */
const foldedUnits = new Int32Array(0x10000);

function classOf(unit: number): UnitClass {
  const known = unitClasses[unit] as UnitClass;
  return known === UnitClass.Unknown ? classify(unit) : known;
}

function classify(unit: number): UnitClass {
  const ch = String.fromCharCode(unit);
  const kind =
    unit >= 0xd800 && unit <= 0xdfff
      ? UnitClass.Surrogate
      : GAP_RE.test(ch)
        ? UnitClass.Gap
        : APOSTROPHE_RE.test(ch)
          ? UnitClass.Apostrophe
          : WORD_RE.test(ch)
            ? UnitClass.Word
            : UnitClass.Other;
  unitClasses[unit] = kind;
  return kind;
}

/**
 * One representative per case class, as the regex `i` and `u` flags see
 * them: the lower case of the upper case ("ς" and "Σ" both give "σ", "ſ"
 * gives "s"), or the unit itself where either step would change the length
 * ("ß", "İ"). Dotless ı is the one letter this would join to a class the
 * regex keeps it out of.
 */
export function foldUnit(unit: number): number {
  if (unit < 0x80) {
    return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
  }
  const known = foldedUnits[unit] as number;
  if (known !== 0) {
    return known - 1;
  }
  let folded = unit;
  if ((unit < 0xd800 || unit > 0xdfff) && unit !== 0x131) {
    const ch = String.fromCharCode(unit);
    const upper = ch.toUpperCase();
    const lower = (upper.length === 1 ? upper : ch).toLowerCase();
    if (lower.length === 1) {
      folded = lower.charCodeAt(0);
    }
  }
  foldedUnits[unit] = folded + 1;
  return folded;
}

function isWordUnitAt(text: string, index: number): boolean {
  const kind = classOf(text.charCodeAt(index));
  if (kind !== UnitClass.Surrogate) {
    return kind === UnitClass.Word;
  }
  // An astral letter or digit: judge the code point the unit belongs to.
  const unit = text.charCodeAt(index);
  const start =
    unit >= 0xdc00 && index > 0 && (text.charCodeAt(index - 1) & 0xfc00) === 0xd800 ? index - 1 : index;
  return WORD_RE.test(String.fromCodePoint(text.codePointAt(start) ?? 0));
}

const HANGUL_END = new RegExp(END_ASSERTION.hangul, 'uy');

/**
 * Runs the walk's lazily compiled regexes once on `text` (see the warm-up in
 * index.ts): the Hangul end rule compiles in a few milliseconds per kind of
 * string, better spent in a compile step than in the middle of a scan slice.
 */
export function warmUpWalk(trie: WordTrie, text: string): void {
  HANGUL_END.lastIndex = 0;
  HANGUL_END.test(text);
  nextTrieMatch(trie, text, 0);
}

function endHolds(rule: EndRule, text: string, index: number): boolean {
  switch (rule) {
    case 'none':
      return true;
    case 'word':
      return index >= text.length || !isWordUnitAt(text, index);
    case 'hangul':
      HANGUL_END.lastIndex = index;
      return HANGUL_END.test(text);
  }
}

/** Whether the trie can take this name (see MAX_PATHS and the module comment). */
export function isTrieName(name: { tokens: readonly Token[]; encoded?: string }): boolean {
  if (name.encoded !== undefined) {
    let paths = 1;
    for (let index = ENCODED_BODY_START; index < name.encoded.length; index++) {
      const code = name.encoded.charCodeAt(index);
      if (code === ENCODED_OPTIONAL_GAP) {
        paths *= 2;
      } else if (code >= 0xd800 && code <= 0xdfff) {
        return false;
      }
    }
    return paths <= MAX_PATHS;
  }
  let paths = 1;
  for (const token of name.tokens) {
    if (token.kind === 'optional-gap') {
      paths *= 2;
    } else if (token.kind === 'char' && token.value.length !== 1) {
      return false;
    }
  }
  return paths <= MAX_PATHS;
}

/** The trie, frozen into flat arrays for the walk. */
export interface WordTrie {
  readonly foldCase: boolean;
  /** Child of the root per key; 0 for none (no edge leads to the root). */
  readonly rootChild: Int32Array;
  /** Edges of node n are edgeKey/edgeChild[edgeStart[n] .. edgeStart[n + 1]), sorted by key. */
  readonly edgeStart: Int32Array;
  readonly edgeKey: Int32Array;
  readonly edgeChild: Int32Array;
  /**
   * The entries whose names end at node n are entries[endEntry[endStart[n] .. endStart[n + 1])],
   * best first. Flat typed arrays rather than one array per end node: with 10,000 custom
   * names those were 10,000 young objects that outlived the build, and every scavenge
   * during the scan copied them.
   */
  readonly endStart: Int32Array;
  readonly endEntry: Int32Array;
  readonly entries: readonly Entry[];
  /** Finds the word starts where a name may begin (see start-finder.ts); null where it cannot serve. */
  readonly startFinder: RegExp | null;
}

/**
 * Builds a trie in steps: `add` takes entries in any number of calls, `freeze`
 * yields between pieces of its work. The edges live in an open-addressing
 * hash table of typed arrays while the trie grows: a Map holding 300,000
 * edges made the young-generation collector copy it, 15-30 ms a time, in
 * the middle of the page's tasks.
 */
export class WordTrieBuilder {
  /**
   * The hash table: per slot, its edge's child, parent and key side by side
   * (one cache line per probe where three arrays took three); a child of 0
   * marks an empty slot (no edge leads to the root).
   */
  private table: Int32Array;
  private slotCount: number;
  /** Nodes made so far, the root included: every other node is the child of one edge. */
  private nodeCount = 1;
  /**
   * Each node's parent and key, by node number: the same edges as the hash
   * table's, in the order they were made, so freeze reads one entry per node
   * instead of every slot of a table that is mostly empty (with 10,000 names,
   * half a million slots, twice, in code still running cold: ~60 ms a page).
   */
  private nodeParent: Int32Array;
  private nodeKey: Int32Array;
  /** Where each path of each entry ends: (node, entry index) pairs, in typed arrays for the same reason. */
  private endNodes = new Int32Array(1024);
  private endEntries = new Int32Array(1024);
  private endCount = 0;

  constructor(
    private readonly entries: readonly Entry[],
    readonly foldCase: boolean,
    private readonly order: (a: Entry, b: Entry) => number,
    expectedEdges = 1024,
  ) {
    this.slotCount = slotCountFor(expectedEdges);
    this.table = new Int32Array(this.slotCount * SLOT_WIDTH);
    this.nodeParent = new Int32Array(expectedEdges + 1);
    this.nodeKey = new Int32Array(expectedEdges + 1);
  }

  /** Adds entries[index]: every path of its name (an optional gap forks it in two). */
  add(index: number): void {
    const name = (this.entries[index] as Entry).name;
    if (name.encoded !== undefined) {
      this.insertEncoded(index, name.encoded, ENCODED_BODY_START, 0);
    } else {
      this.insertTokens(index, name.tokens, 0, 0);
    }
  }

  /** From the name's compact form (name-codec.ts): a 10,000-name list never needs its 150,000 token objects. */
  private insertEncoded(entry: number, encoded: string, from: number, start: number): void {
    let node = start;
    for (let index = from; index < encoded.length; index++) {
      const code = encoded.charCodeAt(index);
      if (code === ENCODED_OPTIONAL_GAP) {
        // Both ways: through a gap here, and straight on.
        this.insertEncoded(entry, encoded, index + 1, this.child(node, GAP_KEY));
        continue;
      }
      node = this.child(
        node,
        code === ENCODED_GAP
          ? GAP_KEY
          : code === ENCODED_APOSTROPHE
            ? APOSTROPHE_KEY
            : this.foldCase
              ? foldUnit(code)
              : code,
      );
    }
    this.end(node, entry);
  }

  private insertTokens(entry: number, tokens: readonly Token[], from: number, start: number): void {
    let node = start;
    for (let index = from; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      if (token.kind === 'optional-gap') {
        this.insertTokens(entry, tokens, index + 1, this.child(node, GAP_KEY));
        continue;
      }
      const code = token.kind === 'char' ? token.value.charCodeAt(0) : 0;
      node = this.child(
        node,
        token.kind === 'gap'
          ? GAP_KEY
          : token.kind === 'apostrophe'
            ? APOSTROPHE_KEY
            : this.foldCase
              ? foldUnit(code)
              : code,
      );
    }
    this.end(node, entry);
  }

  private end(node: number, entry: number): void {
    if (this.endCount === this.endNodes.length) {
      this.endNodes = doubled(this.endNodes);
      this.endEntries = doubled(this.endEntries);
    }
    this.endNodes[this.endCount] = node;
    this.endEntries[this.endCount] = entry;
    this.endCount++;
  }

  private child(node: number, key: number): number {
    const table = this.table;
    const mask = this.slotCount - 1;
    for (let slot = slotOf(node, key, mask); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_WIDTH;
      const child = table[at] as number;
      if (child === 0) {
        const created = this.nodeCount++;
        table[at] = created;
        table[at + 1] = node;
        table[at + 2] = key;
        if (created === this.nodeParent.length) {
          this.nodeParent = doubled(this.nodeParent);
          this.nodeKey = doubled(this.nodeKey);
        }
        this.nodeParent[created] = node;
        this.nodeKey[created] = key;
        // Edges: one per node but the root.
        if ((this.nodeCount - 1) * 4 > this.slotCount * 3) {
          this.grow();
        }
        return created;
      }
      if (table[at + 1] === node && table[at + 2] === key) {
        return child;
      }
    }
  }

  /** Twice the slots, every edge placed again (from the per-node arrays, which hold each edge once). */
  private grow(): void {
    this.slotCount *= 2;
    const table = new Int32Array(this.slotCount * SLOT_WIDTH);
    const mask = this.slotCount - 1;
    for (let child = 1; child < this.nodeCount; child++) {
      const parent = this.nodeParent[child] as number;
      const key = this.nodeKey[child] as number;
      let slot = slotOf(parent, key, mask);
      while (table[slot * SLOT_WIDTH] !== 0) {
        slot = (slot + 1) & mask;
      }
      const at = slot * SLOT_WIDTH;
      table[at] = child;
      table[at + 1] = parent;
      table[at + 2] = key;
    }
    this.table = table;
  }

  /** Maps the pages of the fresh tables (see touched) before `add` probes them at random, yielding when `clock` is spent. */
  *prepare(clock: SliceClock = sliceClock()): Generator<void> {
    yield* touched(this.table, clock);
    yield* touched(this.nodeParent, clock);
    yield* touched(this.nodeKey, clock);
  }

  /** Flattens the trie, yielding when `clock` is spent; `finderSource` gives its start finder's pattern. */
  *freeze(
    finderSource: StartFinderSource = ownStartFinderSource,
    clock: SliceClock = sliceClock(),
  ): Generator<void, WordTrie> {
    // The node loops run in chunks, each a call of a small function, with the clock read
    // between chunks: a loop over 150,000 nodes (10,000 custom names) in this generator,
    // which runs once and stays in V8's interpreter, took 6 ms in one go.
    const nodes = this.nodeCount;
    const { nodeParent, nodeKey } = this;
    // Each array below is written at random at first (by parent, by end node): its pages are mapped first.
    const edgeStart = yield* touched(new Int32Array(nodes + 1), clock);
    // Every node but the root is the child of one edge: count each node's edges,
    // then sum the counts up into where each node's edges start.
    yield* inChunks(1, nodes, clock, (from, to) => countPerOwner(nodeParent, edgeStart, from, to));
    yield* inChunks(0, nodes, clock, (from, to) => sumCounts(edgeStart, from, to));
    const edges: EdgeArrays = {
      edgeStart,
      edgeKey: yield* touched(new Int32Array(nodes - 1), clock),
      edgeChild: yield* touched(new Int32Array(nodes - 1), clock),
      rootChild: new Int32Array(KEY_COUNT),
    };
    const filled = yield* copied(edgeStart, nodes, clock);
    yield* inChunks(1, nodes, clock, (from, to) => placeEdges(nodeParent, nodeKey, filled, edges, from, to));
    yield* inChunks(
      1,
      nodes,
      clock,
      (from, to) => sortEdges(edgeStart, edges.edgeKey, edges.edgeChild, from, to),
      NODES_PER_SORT,
    );
    // Entries per end node: a counting sort of the (node, entry) pairs, as for the edges.
    const endStart = yield* touched(new Int32Array(nodes + 1), clock);
    const { endNodes, endEntries, endCount, entries, order } = this;
    yield* inChunks(0, endCount, clock, (from, to) => countPerOwner(endNodes, endStart, from, to));
    yield* inChunks(0, nodes, clock, (from, to) => sumCounts(endStart, from, to));
    const endEntry = yield* touched(new Int32Array(endCount), clock);
    const endFilled = yield* copied(endStart, nodes, clock);
    yield* inChunks(0, endCount, clock, (from, to) =>
      placeEnds(endNodes, endEntries, endFilled, endEntry, from, to),
    );
    yield* inChunks(0, nodes, clock, (from, to) => sortEnds(endStart, endEntry, entries, order, from, to));
    const trie = { foldCase: this.foldCase, ...edges, endStart, endEntry, entries };
    const source = finderSource(trie);
    return { ...trie, startFinder: source === null ? null : startFinderOf(source, trie.foldCase) };
  }
}

/** Int32s per hash-table slot: child, parent, key. */
const SLOT_WIDTH = 3;

function doubled(array: Int32Array): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Slots for this many edges at most three quarters full (linear probing stays short). */
function slotCountFor(edges: number): number {
  let slots = 1024;
  while (slots * 3 < edges * 4) {
    slots *= 2;
  }
  return slots;
}

/** Fibonacci hashing: the product's top bits, which depend on every bit of node and key. */
function slotOf(node: number, key: number, mask: number): number {
  const mixed = Math.imul((Math.imul(node, 0x10003) + key) | 0, 0x9e3779b1);
  return (mixed >>> (32 - (31 - Math.clz32(mask + 1)))) & mask;
}

const NODES_PER_CHUNK = 1024;
const NODES_PER_SORT = 256;

/** Runs `work` over [first, end) in chunks of `size`, yielding between chunks once `clock` is spent. */
function* inChunks(
  first: number,
  end: number,
  clock: SliceClock,
  work: (from: number, to: number) => void,
  size = NODES_PER_CHUNK,
): Generator<void> {
  for (let from = first; from < end; from += size) {
    work(from, Math.min(end, from + size));
    if (clock.spent()) {
      yield;
    }
  }
}

/** Ints written per clock reading while a fresh array's pages are mapped: 64 KB, 16 pages. */
const INTS_PER_TOUCH = 16_384;

/**
 * `array` (fresh, all zeros) after writing its zeros again in order, in
 * pieces with the clock read between them. Why: a fresh typed array's memory
 * is mapped on first write, a page at a time, and on the bench's machine a
 * page cost 10-25 µs. The trie's tables are first written at random (a hash
 * table probed by each name's characters; edges placed by parent), so one
 * step of that work could touch hundreds of fresh pages between two clock
 * readings: in Node, adding the first 32 of 10,000 names took 7-9 ms, and
 * 0.05 ms once the pages were mapped. In order, in pieces, the pages cost the
 * same in all but each piece fits a slice.
 */
function* touched<T extends Int32Array>(array: T, clock: SliceClock): Generator<void, T> {
  yield* inChunks(0, array.length, clock, (from, to) => array.fill(0, from, to), INTS_PER_TOUCH);
  return array;
}

/** A copy of `source`'s first `length` ints, made in pieces (see touched). */
function* copied(source: Int32Array, length: number, clock: SliceClock): Generator<void, Int32Array> {
  const copy = new Int32Array(length);
  yield* inChunks(0, length, clock, (from, to) => copy.set(source.subarray(from, to), from), INTS_PER_TOUCH);
  return copy;
}

/** The flat trie's edge arrays (see WordTrie), filled by placeEdges. */
type EdgeArrays = Pick<WordTrie, 'edgeStart' | 'edgeKey' | 'edgeChild' | 'rootChild'>;

/**
 * Counts items [from, to) per owner, at the owner's next slot (counts[owner + 1]), for sumCounts to turn
 * into start offsets: nodes per parent (each node is one edge of its parent), or names per end node.
 */
function countPerOwner(owners: Int32Array, counts: Int32Array, from: number, to: number): void {
  for (let item = from; item < to; item++) {
    const owner = owners[item] as number;
    counts[owner + 1] = (counts[owner + 1] as number) + 1;
  }
}

/** Turns counts (countPerOwner's) into start offsets for owners [from, to); chunks must come in order. */
function sumCounts(counts: Int32Array, from: number, to: number): void {
  for (let owner = from; owner < to; owner++) {
    counts[owner + 1] = (counts[owner + 1] as number) + (counts[owner] as number);
  }
}

/** Writes the entry of each pair of [from, to) at its node's next free place (`filled`). */
function placeEnds(
  endNodes: Int32Array,
  endEntries: Int32Array,
  filled: Int32Array,
  endEntry: Int32Array,
  from: number,
  to: number,
): void {
  for (let pair = from; pair < to; pair++) {
    const node = endNodes[pair] as number;
    const at = filled[node] as number;
    filled[node] = at + 1;
    endEntry[at] = endEntries[pair] as number;
  }
}

/** Puts the entries ending at each node of [from, to) best first: an insertion sort, as most nodes end one name. */
function sortEnds(
  endStart: Int32Array,
  endEntry: Int32Array,
  entries: readonly Entry[],
  order: (a: Entry, b: Entry) => number,
  from: number,
  to: number,
): void {
  for (let node = from; node < to; node++) {
    const first = endStart[node] as number;
    const stop = endStart[node + 1] as number;
    for (let next = first + 1; next < stop; next++) {
      const moving = endEntry[next] as number;
      let at = next;
      while (
        at > first &&
        order(entries[moving] as Entry, entries[endEntry[at - 1] as number] as Entry) < 0
      ) {
        endEntry[at] = endEntry[at - 1] as number;
        at--;
      }
      endEntry[at] = moving;
    }
  }
}

/** Writes the edge into each node of [from, to) at its parent's next free place (`filled`). */
function placeEdges(
  nodeParent: Int32Array,
  nodeKey: Int32Array,
  filled: Int32Array,
  edges: EdgeArrays,
  from: number,
  to: number,
): void {
  const { edgeKey, edgeChild, rootChild } = edges;
  for (let child = from; child < to; child++) {
    const parent = nodeParent[child] as number;
    const key = nodeKey[child] as number;
    if (parent === 0) {
      rootChild[key] = child;
    }
    const at = filled[parent] as number;
    filled[parent] = at + 1;
    edgeKey[at] = key;
    edgeChild[at] = child;
  }
}

/** Insertion sort per node in [first, end): nodes below the root have a handful of edges. */
function sortEdges(
  edgeStart: Int32Array,
  keys: Int32Array,
  children: Int32Array,
  first: number,
  end: number,
): void {
  for (let node = first; node < end; node++) {
    const from = edgeStart[node] as number;
    const to = edgeStart[node + 1] as number;
    for (let i = from + 1; i < to; i++) {
      const key = keys[i] as number;
      const child = children[i] as number;
      let j = i - 1;
      while (j >= from && (keys[j] as number) > key) {
        keys[j + 1] = keys[j] as number;
        children[j + 1] = children[j] as number;
        j--;
      }
      keys[j + 1] = key;
      children[j + 1] = child;
    }
  }
}

/** Nodes with up to this many edges are searched in order: below a trie's top levels most have one or two. */
const LINEAR_EDGES = 8;

function childOf(trie: WordTrie, node: number, key: number): number {
  if (node === 0) {
    return trie.rootChild[key] as number;
  }
  let low = trie.edgeStart[node] as number;
  let high = trie.edgeStart[node + 1] as number;
  const keys = trie.edgeKey;
  if (high - low <= LINEAR_EDGES) {
    for (; low < high; low++) {
      if (keys[low] === key) {
        return trie.edgeChild[low] as number;
      }
    }
    return 0;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    const at = keys[middle] as number;
    if (at === key) {
      return trie.edgeChild[middle] as number;
    }
    if (at < key) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return 0;
}

/** Edge keys of the ASCII units, without and with case folding: the scan's fast path. */
const ASCII_KEYS = [false, true].map((fold) => {
  const keys = new Int32Array(0x80);
  for (let unit = 0; unit < 0x80; unit++) {
    const kind = classOf(unit);
    keys[unit] =
      kind === UnitClass.Gap
        ? GAP_KEY
        : kind === UnitClass.Apostrophe
          ? APOSTROPHE_KEY
          : fold
            ? foldUnit(unit)
            : unit;
  }
  return keys;
}) as [Int32Array, Int32Array];

/** 1 for the ASCII word characters ([A-Za-z0-9_]). */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, unit) => (classOf(unit) === UnitClass.Word ? 1 : 0));

/** The edge key of the unit at `index` (a gap is keyed by its first unit). */
function keyAt(trie: WordTrie, text: string, index: number): number {
  const unit = text.charCodeAt(index);
  const kind = classOf(unit);
  if (kind === UnitClass.Gap) {
    return GAP_KEY;
  }
  if (kind === UnitClass.Apostrophe) {
    return APOSTROPHE_KEY;
  }
  return trie.foldCase ? foldUnit(unit) : unit;
}

/**
 * A case-sensitive name found by a folding trie: whether the text spells it
 * in the name's own case. The walk already matched gaps and apostrophes, so
 * only the name's characters are compared, each with the text's next one.
 */
function casesMatch(entry: Entry, text: string, start: number, end: number): boolean {
  let at = start;
  const tokens = entry.name.tokens;
  // Indexed loops here and below: a for-of allocates an iterator in code not yet optimized, and a page's scan starts cold.
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.kind === 'char') {
      if (text.charCodeAt(at) !== token.value.charCodeAt(0)) {
        return false;
      }
      at++;
    } else if (token.kind === 'apostrophe') {
      at++;
    } else {
      while (at < end && classOf(text.charCodeAt(at)) === UnitClass.Gap) {
        at++;
      }
    }
  }
  return at === end;
}

/**
 * The first match at or after `from`: the leftmost word start where a name
 * matches, and there the longest name whose end rule holds.
 */
export function nextTrieMatch(trie: WordTrie, text: string, from: number): Candidate | null {
  return trie.startFinder
    ? nextFoundMatch(trie, trie.startFinder, text, from)
    : nextWalkedMatch(trie, text, from);
}

/**
 * nextTrieMatch with the start finder: irregexp, in native code, passes over
 * every position where no name can begin, and the walk runs only where one
 * may. Its lookbehind rules out ASCII word characters before a start; any
 * other character before it is judged here, as the walk would.
 */
function nextFoundMatch(trie: WordTrie, finder: RegExp, text: string, from: number): Candidate | null {
  finder.lastIndex = from;
  while (finder.test(text)) {
    // The finder matches nothing (a lookahead): lastIndex is where the start is.
    const start = finder.lastIndex;
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before < 0x80 || !isWordUnitAt(text, start - 1)) {
      const match = longestAt(trie, text, start);
      if (match) {
        return match;
      }
    }
    finder.lastIndex = start + 1;
  }
  return null;
}

/** nextTrieMatch by walking every position in JS: for tries too large for a start finder. */
function nextWalkedMatch(trie: WordTrie, text: string, from: number): Candidate | null {
  const length = text.length;
  const rootChild = trie.rootChild;
  const asciiKeys = ASCII_KEYS[trie.foldCase ? 1 : 0];
  // Whether the unit before `start` is a word character, carried along.
  let afterWord = from > 0 && isWordUnitAt(text, from - 1);
  for (let start = from; start < length; start++) {
    const unit = text.charCodeAt(start);
    if (unit < 0x80) {
      // The common case: an ASCII character, two table lookups.
      if (!afterWord && rootChild[asciiKeys[unit] as number] !== 0) {
        const match = longestAt(trie, text, start);
        if (match) {
          return match;
        }
      }
      afterWord = ASCII_WORD[unit] === 1;
      continue;
    }
    if (!afterWord && rootChild[keyAt(trie, text, start)] !== 0) {
      const match = longestAt(trie, text, start);
      if (match) {
        return match;
      }
    }
    afterWord = isWordUnitAt(text, start);
  }
  return null;
}

function longestAt(trie: WordTrie, text: string, start: number): Candidate | null {
  const asciiKeys = ASCII_KEYS[trie.foldCase ? 1 : 0];
  let node = 0;
  let index = start;
  let bestEnd = -1;
  let best: Entry | null = null;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    const key = unit < 0x80 ? (asciiKeys[unit] as number) : keyAt(trie, text, index);
    const child = childOf(trie, node, key);
    if (child === 0) {
      break;
    }
    node = child;
    index++;
    if (key === GAP_KEY) {
      // A gap is a run of spaces and dashes (names never hold two in a row).
      while (index < text.length && classOf(text.charCodeAt(index)) === UnitClass.Gap) {
        index++;
      }
    }
    const firstEnd = trie.endStart[node] as number;
    const endsStop = trie.endStart[node + 1] as number;
    if (firstEnd !== endsStop) {
      const entry = acceptedAt(trie, firstEnd, endsStop, text, start, index);
      if (entry) {
        bestEnd = index;
        best = entry;
      }
    }
  }
  return best ? makeCandidate(start, bestEnd, best) : null;
}

/** The best of the names ending here whose end rule holds (and case, for case-sensitive ones). */
function acceptedAt(
  trie: WordTrie,
  firstEnd: number,
  endsStop: number,
  text: string,
  start: number,
  end: number,
): Entry | null {
  for (let at = firstEnd; at < endsStop; at++) {
    const entry = trie.entries[trie.endEntry[at] as number] as Entry;
    if (
      endHolds(entry.endRule, text, end) &&
      (!entry.caseSensitive || !trie.foldCase || casesMatch(entry, text, start, end))
    ) {
      return entry;
    }
  }
  return null;
}
