import { termListOf, type TermList } from '../watch/term-list';
import type { WatchTerm } from '../watch/types';
import { isUnambiguousGroupName, verdict } from './corroborate';
import { CueScanner } from './cue-scanner';
import type { Entry, PatternBuilder, PhraseNames, Stream } from './entries';
import {
  buildStream,
  buildTrieStream,
  cueEntries,
  entryMatchesAt,
  ITEMS_PER_READING,
  otherMeaningEntries,
  termEntries,
} from './entries';
export { precompilePhraseNames } from './entries';
import { IGNORABLE_SOURCE } from './chars';
import { originalRange, stripIgnorables } from './ignorables';
import { nextCandidate, scan, type Candidate } from './scan';
import { encodeName } from './name-codec';
import { tokenizeName } from './tokens';
import { buildTriePattern } from './trie-pattern';
import { sliceClock, type SliceClock } from '../slice-clock';
import type { StartFinderSource } from './start-finder';
import { isTrieName, ownStartFinderSource, warmUpWalk } from './word-trie';

export interface Mention {
  start: number;
  end: number;
  term: WatchTerm;
  /** true when an ambiguous term was accepted thanks to context */
  corroborated: boolean;
}

export interface Matcher {
  find(text: string, context?: string): Mention[];
  /**
   * `find` for many texts at once (each with its own context, asked for only
   * when an ambiguous alias needs it), in one scan of the texts joined: on a
   * page of 15,000 short paragraphs, one scan per paragraph cost a large
   * share of the matching in fixed per-call work.
   */
  findMany(texts: readonly string[], contextOf: (index: number) => string | undefined): Mention[][];
  readonly termCount: number;
}

export interface CompileOptions {
  /**
   * Pattern sources that precompilePatterns built for exactly these terms, in
   * its order. Building them is most of a compile, and on a cold page (every
   * page: a content script starts cold) it took ~90 ms for the dataset's 200
   * names; the background builds them once per watch-list change instead.
   */
  patterns?: readonly string[];
  /** precompileNames's output for exactly these terms: their names, tokenized once elsewhere. */
  names?: readonly (string | null)[];
  /** precompileStartFinders's output for exactly these terms: the word tries' start finder sources, in order. */
  startFinders?: readonly (string | null)[];
  /** precompilePhraseNames's output: the names of the cues and other-meaning phrases, tokenized once elsewhere. */
  phraseNames?: PhraseNames;
}

/** Every term's tokenized name in encodeName's form, for compileMatcher's `names` option. */
export function precompileNames(terms: readonly WatchTerm[]): (string | null)[] {
  return terms.map((term) => encodeName(tokenizeName(term.text, term.caseSensitive, term.wholeWord)));
}

/** The combined pattern sources for these terms, for compileMatcher's `patterns` option. */
export function precompilePatterns(terms: readonly WatchTerm[]): string[] {
  const sources: string[] = [];
  const build: PatternBuilder = (names, checkStart) => {
    const source = buildTriePattern(names, checkStart);
    sources.push(source);
    return source;
  };
  // Tries take no pattern source: only the regex streams are built.
  runToEnd((clock) => compileSteps(termListOf(terms), { build, withTries: false, warm: false }, clock));
  return sources;
}

/** The word tries' start finder sources for these terms, for compileMatcher's `startFinders` option. */
export function precompileStartFinders(terms: readonly WatchTerm[]): (string | null)[] {
  const sources: (string | null)[] = [];
  const finder: StartFinderSource = (trie) => {
    const source = ownStartFinderSource(trie);
    sources.push(source);
    return source;
  };
  runToEnd((clock) => compileSteps(termListOf(terms), { finder, warm: false }, clock));
  return sources;
}

/**
 * Compiles every term once into a few streams (see streamsOf): a word trie
 * (word-trie.ts) for the names that start words, trie-shaped regular
 * expressions (trie-pattern.ts) for the rest, and the same again, small, for
 * the context cues.
 *
 * Why a trie walked in JS rather than irregexp, which the first version used
 * for everything: in Chromium, on the 5 MB bench article with the dataset's
 * names, the trie scanned in 24 ms where the combined regexes took 54 (75 and
 * 110 ms on a cold page); a regex compiles in one call that cannot be sliced,
 * 100+ ms for a 10,000-name list; and its scan slows as the list grows, where
 * the trie was 3x faster with 10,000 names. (In Node's older V8 the regex
 * was the faster of the two on short lists.)
 */
export function compileMatcher(terms: readonly WatchTerm[], options: CompileOptions = {}): Matcher {
  return runToEnd((clock) => compileSteps(termListOf(terms, options.names), replaying(options), clock));
}

/** Runs a stepped compile without pausing (in Node, in the background). */
function runToEnd<T>(compile: (clock: SliceClock) => Generator<void, T>): T {
  const clock = sliceClock();
  const steps = compile(clock);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
    clock.reset();
  }
}

/**
 * The same compile cut into pieces, with `pause()` awaited between them, so
 * a content script never blocks the page for one long task: on a cold page
 * the whole compile took 60-90 ms. The pieces also run each regex once on
 * a short Latin and a short non-Latin text: V8 compiles a regex to machine
 * code on first use, separately per kind of string, and for the big trie
 * pattern that is 10-30 ms, better spent in a task of its own than in the
 * middle of the first scan slice.
 */
export async function compileMatcherInSlices(
  terms: TermList,
  options: Omit<CompileOptions, 'names'>,
  pause: () => Promise<void>,
): Promise<Matcher> {
  // One clock for the whole compile, restarted when it resumes: each part of
  // it (tokenizing, sorting into streams, building and flattening the trie)
  // used to keep a clock of its own, so a step in which one part finished
  // and the next began ran both budgets back to back (5-8 ms steps).
  const clock = sliceClock();
  const steps = compileSteps(terms, replaying(options), clock);
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
    await pause();
    clock.reset();
  }
}

/** How compileSteps gets its patterns, finders and names: what the options carry, built here where they don't. */
function replaying(options: CompileOptions): CompileHow {
  const patterns = options.patterns;
  let nextPattern = 0;
  const finders = options.startFinders;
  let nextFinder = 0;
  return {
    build: patterns
      ? (names, checkStart) => patterns[nextPattern++] ?? buildTriePattern(names, checkStart)
      : buildTriePattern,
    finder: finders
      ? (trie) => {
          const source = finders[nextFinder++];
          return source === undefined ? ownStartFinderSource(trie) : source;
        }
      : ownStartFinderSource,
    ...(options.phraseNames ? { phraseNames: options.phraseNames } : {}),
  };
}

/** Terms turned into entries between two clock readings (a tokenization is a few Unicode regex tests per character). */
const TERMS_PER_CHECK = 16;
/**
 * Texts to run each combined regex on once before the first scan, so that V8
 * compiles it to machine code in a step of its own rather than in the middle
 * of a scan slice. They must be at least 1,000 characters: V8 compiles a
 * regex straight to machine code only on a first run over a subject that
 * long; a first run over a shorter one produces bytecode, and from then on
 * every run over that kind of string (one-byte Latin-1, or two-byte) stays
 * in the bytecode interpreter. Short warm-up texts did exactly that: the
 * scan's main regex ran interpreted, about 3x slower, on every page.
 * One text per kind of string.
 */
const WARM_UP_LENGTH = 1_000;
const WARM_UP_TEXTS = ['Warm-up text, Latin only. ', 'Warm-up text 북한 with Hangul. '].map((unit) =>
  unit.repeat(Math.ceil(WARM_UP_LENGTH / unit.length)),
);

function* termEntriesInSteps(terms: TermList, clock: SliceClock): Generator<void, Entry[]> {
  const entries: Entry[] = [];
  for (let from = 0; from < terms.length; from += TERMS_PER_CHECK) {
    entries.push(...termEntries(terms, from, Math.min(terms.length, from + TERMS_PER_CHECK)));
    if (clock.spent()) {
      yield;
    }
  }
  return entries;
}

/** One run of each regex per kind of string, one run per step (see WARM_UP_TEXTS). */
function* warmUp(streams: readonly Stream[]): Generator<void> {
  for (const stream of streams) {
    if (stream.kind === 'trie') {
      // The trie's start finder and end rules are regexes too.
      for (const text of WARM_UP_TEXTS) {
        warmUpWalk(stream.trie, text);
        yield;
      }
      continue;
    }
    for (const text of WARM_UP_TEXTS) {
      nextCandidate(stream, text, 0);
      yield;
    }
    // Entries that share a lookup key are told apart by a regex of their own,
    // built on first use: build those now too.
    for (const list of stream.byKey.values()) {
      if (list.length > 1) {
        for (const text of WARM_UP_TEXTS) {
          for (const entry of list) {
            entryMatchesAt(entry, text, 0, 0);
          }
          yield;
        }
      }
    }
  }
}

interface CompileHow {
  build?: PatternBuilder;
  finder?: StartFinderSource;
  phraseNames?: PhraseNames;
  /** False builds only the regex streams. */
  withTries?: boolean;
  /** False skips running each regex once (for a precompile, whose matcher is thrown away). */
  warm?: boolean;
}

function* compileSteps(terms: TermList, how: CompileHow, clock: SliceClock): Generator<void, Matcher> {
  const {
    build = buildTriePattern,
    finder = ownStartFinderSource,
    phraseNames,
    withTries = true,
    warm = true,
  } = how;
  const entries = yield* termEntriesInSteps(terms, clock);
  const hasAmbiguous = entries.some((entry) => terms.isAmbiguousAt(entry.order));
  yield;
  const streamBuilders = { build, finder, withTries, clock };
  const termStreams = yield* streamsOf(
    hasAmbiguous ? [...entries, ...otherMeaningEntries(terms.length, phraseNames?.otherMeanings)] : entries,
    streamBuilders,
  );
  const cueStreams = yield* streamsOf(cueEntries(terms.length, phraseNames?.cues), streamBuilders);
  if (warm) {
    yield* warmUp(termStreams);
    if (hasAmbiguous) {
      yield* warmUp(cueStreams);
    }
  }

  let lastContext: string | null = null;
  let lastContextSupports = false;
  const contextSupports = (context: string): boolean => {
    if (context !== lastContext) {
      lastContext = context;
      lastContextSupports = speaksOfNorthKoreaOrCyber(context, termStreams, cueStreams);
    }
    return lastContextSupports;
  };

  /** Context cues around ambiguous aliases, for one text at a time (judge resets it per text). */
  const cues = new CueScanner('', cueStreams);

  /**
   * The mentions among one text's candidates. The candidates' offsets are in
   * a longer string where the text starts at `base`; mentions get offsets
   * relative to the text. The candidates are this call's own (every scan
   * makes new ones), so they are shifted in place and handed back as the
   * mentions themselves: a text without an ambiguous alias allocates nothing.
   */
  const judge = (
    candidates: Candidate[],
    base: number,
    text: string,
    contextOf: (index: number) => string | undefined,
    at: number,
  ): Mention[] => {
    let allPlain = true;
    let anyAmbiguous = false;
    for (let index = 0; index < candidates.length; index++) {
      const match = candidates[index] as Candidate;
      match.start -= base;
      match.end -= base;
      allPlain &&= match.term !== null && match.term.ambiguity === null;
      anyAmbiguous ||= match.term !== null && match.term.ambiguity !== null;
    }
    if (allPlain) {
      return candidates as Mention[];
    }
    // Read before the loop below reorders the array: the starts in document order, for verdict's binary searches.
    const unambiguous: number[] = [];
    if (anyAmbiguous) {
      for (let index = 0; index < candidates.length; index++) {
        if (isUnambiguousGroupName(candidates[index] as Candidate)) {
          unambiguous.push((candidates[index] as Candidate).start);
        }
      }
      cues.reset(text);
    }
    const supportedByContext = (): boolean => {
      const around = contextOf(at);
      return around !== undefined && contextSupports(around);
    };
    // The kept candidates are moved to the front of the same array, which is then cut to length,
    // instead of being pushed to a new one per text with an ambiguous alias.
    let kept = 0;
    for (let index = 0; index < candidates.length; index++) {
      const match = candidates[index] as Candidate;
      const term = match.term;
      if (!term) {
        continue;
      }
      if (term.ambiguity !== null) {
        if (verdict(match, unambiguous, cues, supportedByContext) === 'rejected') {
          continue;
        }
        match.corroborated = true;
      }
      candidates[kept++] = match;
    }
    candidates.length = kept;
    return candidates as Mention[];
  };

  const triesOnly = termStreams.every((stream) => stream.kind === 'trie');

  /** One text's mentions; its context, if an ambiguous alias needs it, is contextOf(at). */
  const findOne = (text: string, contextOf: (index: number) => string | undefined, at: number): Mention[] => {
    if (!HAS_IGNORABLE_CHAR.test(text)) {
      // The usual case, without the stripping's bookkeeping.
      const candidates = scan(text, termStreams);
      return candidates.length === 0 ? NO_MENTIONS : judge(candidates, 0, text, contextOf, at);
    }
    const stripped = stripIgnorables(text);
    const candidates = scan(stripped.text, termStreams);
    if (candidates.length === 0) {
      return NO_MENTIONS;
    }
    const mentions = judge(candidates, 0, stripped.text, contextOf, at);
    for (const mention of mentions) {
      [mention.start, mention.end] = originalRange(stripped, mention.start, mention.end);
    }
    return mentions;
  };

  const findMany = (texts: readonly string[], contextOf: (index: number) => string | undefined) => {
    if (entries.length === 0) {
      return texts.map(() => []);
    }
    if (triesOnly) {
      // A trie's walk has no per-call cost to spread: text by text, without
      // joining copies of the texts (a fourth of all a scan allocated).
      return texts.map((text, index) => (text.length === 0 ? NO_MENTIONS : findOne(text, contextOf, index)));
    }
    const joined = texts.join(TEXT_JOINER);
    if (texts.length === 1 || HAS_IGNORABLE_CHAR.test(joined)) {
      // One text, or invisible characters to strip somewhere: text by text.
      return texts.map((text, index) => (text.length === 0 ? [] : findOne(text, contextOf, index)));
    }
    const results: Mention[][] = texts.map(() => []);
    let index = 0;
    let base = 0;
    let group: Candidate[] = [];
    const settleGroup = () => {
      if (group.length > 0) {
        const text = texts[index] ?? '';
        const at = index;
        results[at] = judge(group, base, text, contextOf, at);
        group = [];
      }
    };
    for (const match of scan(joined, termStreams)) {
      // No match spans a joiner (no pattern accepts it), so each belongs to one text.
      while (match.start >= base + (texts[index]?.length ?? 0) + TEXT_JOINER.length) {
        settleGroup();
        base += (texts[index]?.length ?? 0) + TEXT_JOINER.length;
        index++;
      }
      group.push(match);
    }
    settleGroup();
    return results;
  };

  return {
    termCount: entries.length,
    find(text: string, context?: string): Mention[] {
      return text.length === 0 || entries.length === 0 ? [] : findOne(text, () => context, 0);
    },
    findMany,
  };
}

/**
 * Joins the texts of findMany into one string to scan: a character no
 * pattern accepts and no boundary treats as part of a word.
 */
const TEXT_JOINER = '\u0000';
/** Shared by every text without a mention (callers only read results). */
const NO_MENTIONS = Object.freeze([]) as unknown as Mention[];
/** Without the `u` flag (the class is all BMP): irregexp then scans one-byte texts for U+00AD alone. */
const HAS_IGNORABLE_CHAR = new RegExp(IGNORABLE_SOURCE);

/**
 * A word trie for the names that start words (case-sensitive ones included:
 * the trie folds case and checks theirs where it finds them, which spares a
 * second pass over the text), and combined regexes for the rest, one per
 * case rule and start rule (see buildStream): names that need no start
 * boundary, and the few the trie cannot take (isTrieName).
 */
function* streamsOf(
  entries: Entry[],
  {
    build,
    finder,
    withTries,
    clock,
  }: { build: PatternBuilder; finder: StartFinderSource; withTries: boolean; clock: SliceClock },
): Generator<void, Stream[]> {
  const forTrie: Entry[] = [];
  const regexParts = { startingWords: [[], []] as Entry[][], startFree: [[], []] as Entry[][] };
  let sorted = 0;
  for (const entry of entries) {
    const startsWord = entry.name.startRule === 'word';
    const caseRule = entry.caseSensitive ? 1 : 0;
    if (startsWord && isTrieName(entry.name)) {
      forTrie.push(entry);
    } else {
      (startsWord ? regexParts.startingWords : regexParts.startFree)[caseRule]?.push(entry);
    }
    if (++sorted % ITEMS_PER_READING === 0 && clock.spent()) {
      yield;
    }
  }
  const streams: Stream[] = [];
  if (withTries && forTrie.length > 0) {
    streams.push(yield* buildTrieStream(forTrie, true, finder, clock));
  }
  for (const caseRule of [0, 1]) {
    for (const part of [regexParts.startingWords[caseRule], regexParts.startFree[caseRule]]) {
      const stream = buildStream(part ?? [], caseRule === 0, build);
      if (stream) {
        streams.push(stream);
      }
    }
    yield;
  }
  return streams;
}

function speaksOfNorthKoreaOrCyber(context: string, termStreams: Stream[], cueStreams: Stream[]): boolean {
  if (context.length === 0) {
    return false;
  }
  const text = stripIgnorables(context).text;
  if (scan(text, termStreams).some(isUnambiguousGroupName)) {
    return true;
  }
  const cues = new CueScanner(text, cueStreams);
  cues.cover(0, text.length);
  return cues.spans.strong.starts.length > 0 || cues.spans.cyber.starts.length > 0;
}
