import type { CueScanner, CueSpans } from './cue-scanner';
import type { Candidate } from './scan';

/**
 * When an ambiguous alias ("Lazarus", "ZINC", "Andariel", "Reaper") counts as
 * a mention. Cues are listed in cues.ts.
 *
 * 1. A phrase that gives the alias its other meaning ("Emma Lazarus",
 *    "zinc oxide", "the Grim Reaper") hides it already in the scan (cues.ts,
 *    OTHER_MEANING_PHRASES); a negative cue overlapping it is checked here too.
 * 2. NEAR (±150 chars of the block's text): a negative cue ("Diablo", "poem")
 *    vetoes it, unless a strong cue (North Korea, DPRK, 북한…) or an
 *    unambiguous group name is this close too ("Lazarus, the North Korean
 *    group, not the poet").
 * 3. WIDE (±400 chars), or anywhere in the caller's `context` (neighbouring
 *    blocks, page title): any strong or cyber cue, or an unambiguous dataset
 *    name, corroborates. Negative cues in `context` are ignored: they may be
 *    about another paragraph.
 * 4. Otherwise rejected. Ambiguous aliases never corroborate each other.
 */
export const NEAR = 150;
export const WIDE = 400;
/** Longest distance a negative phrase may start before the alias it contains. */
const LONGEST_NEGATIVE_PREFIX = 64;

export function isUnambiguousGroupName(match: Candidate): boolean {
  const term = match.entry.term;
  return term !== null && term.ambiguity === null && term.groupIds.length > 0;
}

export function verdict(
  match: Candidate,
  unambiguous: readonly number[],
  cues: CueScanner,
  contextSupports: () => boolean,
): 'corroborated' | 'rejected' {
  // Cheapest evidence first: group names are already known, cues must be scanned.
  const nearLo = match.start - NEAR;
  const nearHi = match.end + NEAR;
  if (anyIn(unambiguous, nearLo, nearHi)) {
    return 'corroborated';
  }
  cues.cover(nearLo - LONGEST_NEGATIVE_PREFIX, nearHi);
  const { strong, cyber, negative } = cues.spans;
  if (overlapsAny(negative, match.start, match.end)) {
    return 'rejected';
  }
  if (anyIn(strong.starts, nearLo, nearHi)) {
    return 'corroborated';
  }
  if (anyIn(negative.starts, nearLo, nearHi)) {
    return 'rejected';
  }
  const wideLo = match.start - WIDE;
  const wideHi = match.end + WIDE;
  if (anyIn(cyber.starts, nearLo, nearHi) || anyIn(unambiguous, wideLo, wideHi)) {
    return 'corroborated';
  }
  cues.cover(wideLo, wideHi);
  const supported =
    anyIn(strong.starts, wideLo, wideHi) || anyIn(cyber.starts, wideLo, wideHi) || contextSupports();
  return supported ? 'corroborated' : 'rejected';
}

function overlapsAny(spans: CueSpans, start: number, end: number): boolean {
  let i = lowerBound(spans.starts, start - LONGEST_NEGATIVE_PREFIX);
  for (; i < spans.starts.length && (spans.starts[i] ?? 0) < end; i++) {
    if ((spans.ends[i] ?? 0) > start) {
      return true;
    }
  }
  return false;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < value) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** Whether the sorted list holds a value in [lo, hi]. */
export function anyIn(sorted: readonly number[], lo: number, hi: number): boolean {
  const i = lowerBound(sorted, lo);
  return i < sorted.length && (sorted[i] ?? 0) <= hi;
}
