import { lookupKey } from './chars';
import type { Entry, RegexStream, Stream } from './entries';
import { entryMatchesAt } from './entries';
import { nextTrieMatch } from './word-trie';
import { makeCandidate, type Candidate } from './candidate';

export type { Candidate } from './candidate';

/**
 * Runs the compiled streams (case-insensitive and case-sensitive patterns)
 * side by side and merges them leftmost-longest: at each step the candidate
 * that starts first wins; at the same start the longer one, then the better
 * ranked. A stream whose next candidate overlaps an accepted match resumes
 * after it. Returns non-overlapping matches sorted by start.
 */
export function scan(text: string, streams: readonly Stream[]): Candidate[] {
  if (streams.length === 1) {
    return scanOne(text, streams[0] as Stream);
  }
  const matches: Candidate[] = [];
  const next = streams.map((stream) => nextCandidate(stream, text, 0));
  for (;;) {
    let best = -1;
    for (let i = 0; i < next.length; i++) {
      const candidate = next[i];
      const current = next[best];
      if (candidate && (!current || isBetter(candidate, current))) {
        best = i;
      }
    }
    const picked = next[best];
    if (!picked) {
      break;
    }
    if (picked.entry.term) {
      // Term-less entries are other-meaning phrases: they only hide what they cover.
      matches.push(picked);
    }
    for (let i = 0; i < next.length; i++) {
      const candidate = next[i];
      const stream = streams[i];
      if (candidate && stream && candidate.start < picked.end) {
        next[i] = nextCandidate(stream, text, picked.end);
      }
    }
  }
  return matches;
}

/** scan() for one stream, the usual case: nothing to merge, and no array for a text without a match. */
function scanOne(text: string, stream: Stream): Candidate[] {
  let matches: Candidate[] | null = null;
  for (let match = nextCandidate(stream, text, 0); match; match = nextCandidate(stream, text, match.end)) {
    if (match.entry.term) {
      (matches ??= []).push(match);
    }
  }
  return matches ?? [];
}

function isBetter(a: Candidate, b: Candidate): boolean {
  if (a.start !== b.start) {
    return a.start < b.start;
  }
  if (a.end !== b.end) {
    return a.end > b.end;
  }
  const x = a.entry;
  const y = b.entry;
  if (x.rank !== y.rank) {
    return x.rank < y.rank;
  }
  if (x.caseSensitive !== y.caseSensitive) {
    return x.caseSensitive;
  }
  return x.order < y.order;
}

const AFTER_WORD_CHAR = /(?<=[\p{L}\p{N}\p{M}_])/uy;

function precededByWordChar(text: string, offset: number): boolean {
  if (offset === 0) {
    return false;
  }
  const code = text.charCodeAt(offset - 1);
  if (code < 0x80) {
    // ASCII fast path: [0-9A-Z_a-z]
    return (
      (code >= 0x30 && code <= 0x39) ||
      (code >= 0x41 && code <= 0x5a) ||
      code === 0x5f ||
      (code >= 0x61 && code <= 0x7a)
    );
  }
  AFTER_WORD_CHAR.lastIndex = offset;
  return AFTER_WORD_CHAR.test(text);
}

export function nextCandidate(stream: Stream, text: string, from: number): Candidate | null {
  return stream.kind === 'trie'
    ? nextTrieMatch(stream.trie, text, from)
    : nextRegexCandidate(stream, text, from);
}

function nextRegexCandidate(stream: RegexStream, text: string, from: number): Candidate | null {
  const regex = stream.regex;
  regex.lastIndex = from;
  for (;;) {
    const match = regex.exec(text);
    if (!match) {
      return null;
    }
    const start = match.index;
    const matched = match[0];
    if (matched.length > 0) {
      const entry = resolveEntry(stream, text, start, matched, precededByWordChar(text, start));
      if (entry) {
        return makeCandidate(start, start + matched.length, entry);
      }
    }
    regex.lastIndex = start + 1;
  }
}

/**
 * Which entry the combined pattern matched. The lookup key (separators
 * dropped, case folded) almost always names exactly one entry; when several
 * share it (duplicates, "A B" vs "AB"), each is
 * checked on its own, best first. Failing a lookup (an exotic case fold the
 * key does not reproduce), every entry is tried.
 */
function resolveEntry(
  stream: RegexStream,
  text: string,
  start: number,
  matched: string,
  afterWord: boolean,
): Entry | null {
  const list = entriesFor(stream, matched);
  const candidates = list ?? stream.entries;
  if (list && list.length > 1 && !afterWord && sharesBoundaryRules(list)) {
    return chosenFor(stream, list, text, start, matched);
  }
  for (const entry of candidates) {
    if (afterWord && entry.name.startRule === 'word') {
      continue;
    }
    if (candidates.length === 1 || entryMatchesAt(entry, text, start, matched.length)) {
      return entry;
    }
  }
  return null;
}

/** Most pages repeat the same few spellings: remember their keys' entries. */
const MAX_CACHED_SPELLINGS = 4096;

function entriesFor(stream: RegexStream, matched: string): Entry[] | undefined {
  const cached = stream.bySpelling.get(matched);
  if (cached !== undefined || stream.bySpelling.has(matched)) {
    return cached;
  }
  const list = stream.byKey.get(lookupKey(matched, stream.foldCase));
  if (stream.bySpelling.size >= MAX_CACHED_SPELLINGS) {
    stream.bySpelling.clear();
    stream.chosenBySpelling.clear();
  }
  stream.bySpelling.set(matched, list);
  return list;
}

function sharesBoundaryRules(list: readonly Entry[]): boolean {
  const { startRule, endRule } = (list[0] as Entry).name;
  return list.every((entry) => entry.name.startRule === startRule && entry.name.endRule === endRule);
}

/**
 * Entries that share a key ("TraderTraitor" and "Trader Traitor") and their
 * boundary rules: which one a spelling is depends on the spelling alone,
 * since the combined pattern already checked the boundaries they share. So
 * the per-entry verifier runs once per spelling, not at every occurrence.
 */
function chosenFor(
  stream: RegexStream,
  list: readonly Entry[],
  text: string,
  start: number,
  matched: string,
) {
  let chosen = stream.chosenBySpelling.get(matched);
  if (chosen === undefined) {
    chosen = list.find((entry) => entryMatchesAt(entry, text, start, matched.length)) ?? null;
    stream.chosenBySpelling.set(matched, chosen);
  }
  return chosen;
}
