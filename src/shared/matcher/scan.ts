import { lookupKey } from './chars';
import type { CueKind } from './cues';
import type { Entry, Stream } from './entries';
import { entryMatchesAt } from './entries';

export interface Candidate {
  start: number;
  end: number;
  entry: Entry;
}

export interface ScanResult {
  /** Non-overlapping term matches, sorted by start. */
  matches: Candidate[];
  /** Start offsets of context cues, by kind (not necessarily sorted). */
  cues: Record<CueKind, number[]>;
}

/**
 * Runs the compiled streams (case-insensitive and case-sensitive patterns)
 * side by side and merges them leftmost-longest: at each step the candidate
 * that starts first wins; at the same start the longer one, then the better
 * ranked. A stream whose next candidate overlaps an accepted match resumes
 * after it. Cues never consume text: the stream that found one resumes one
 * character later, so a term inside a cue phrase ("Emma Lazarus") is still seen.
 */
export function scan(text: string, streams: readonly Stream[]): ScanResult {
  const matches: Candidate[] = [];
  const cues: Record<CueKind, number[]> = { strong: [], cyber: [], negative: [] };
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
    const pickedStream = streams[best];
    if (!picked || !pickedStream) {
      break;
    }
    if (picked.entry.cue) {
      cues[picked.entry.cue].push(picked.start);
      next[best] = nextCandidate(pickedStream, text, picked.start + 1);
      continue;
    }
    matches.push(picked);
    for (let i = 0; i < next.length; i++) {
      const candidate = next[i];
      const stream = streams[i];
      if (candidate && stream && candidate.start < picked.end) {
        if (candidate.entry.cue) {
          cues[candidate.entry.cue].push(candidate.start);
        }
        next[i] = nextCandidate(stream, text, picked.end);
      }
    }
  }
  return { matches, cues };
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

function nextCandidate(stream: Stream, text: string, from: number): Candidate | null {
  const regex = stream.regex;
  regex.lastIndex = from;
  for (;;) {
    const match = regex.exec(text);
    if (!match) {
      return null;
    }
    const start = match.index;
    const matched = match[0];
    if (matched.length === 0) {
      regex.lastIndex = start + 1;
      continue;
    }
    const entry = resolveEntry(stream, text, start, matched);
    if (entry) {
      return { start, end: start + matched.length, entry };
    }
    regex.lastIndex = start + 1;
  }
}

/**
 * Which entry the combined pattern matched. The lookup key (separators
 * dropped, case folded) almost always names exactly one entry; when several
 * share it (duplicates, "A B" vs "AB", a custom term equal to a cue), each is
 * checked on its own, best first. Failing a lookup (an exotic case fold the
 * key does not reproduce), every entry is tried.
 */
function resolveEntry(stream: Stream, text: string, start: number, matched: string): Entry | null {
  const list = stream.byKey.get(lookupKey(matched, stream.foldCase));
  if (list && list.length === 1) {
    return list[0] ?? null;
  }
  const candidates = list ?? stream.entries;
  for (const entry of candidates) {
    if (entryMatchesAt(entry, text, start, matched.length)) {
      return entry;
    }
  }
  return null;
}
