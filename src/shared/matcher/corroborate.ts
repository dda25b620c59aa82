import type { Candidate, ScanResult } from './scan';

/**
 * When an ambiguous alias counts as a mention.
 *
 * - NEAR (±150 chars of the block's text): a negative cue here ("Emma Lazarus",
 *   "zinc oxide", "Diablo") describes this very occurrence and vetoes it, unless
 *   a strong cue (North Korea, DPRK, 북한…) or an unambiguous group name is also
 *   this close: "Lazarus, the North Korean group, unlike the poet Emma Lazarus".
 * - WIDE (±400 chars) or anywhere in the caller's `context` (neighbouring
 *   blocks, page title): any strong or cyber cue, or an unambiguous dataset
 *   name, corroborates. Negative cues in `context` are ignored: they may be
 *   about a different paragraph.
 * Ambiguous aliases never corroborate each other.
 */
export const NEAR = 150;
export const WIDE = 400;

export interface Evidence {
  strong: number[];
  cyber: number[];
  negative: number[];
  unambiguous: number[];
}

export function evidenceOf(scan: ScanResult): Evidence {
  const ascending = (a: number, b: number): number => a - b;
  return {
    strong: scan.cues.strong.sort(ascending),
    cyber: scan.cues.cyber.sort(ascending),
    negative: scan.cues.negative.sort(ascending),
    unambiguous: scan.matches.filter(isUnambiguousGroupName).map((match) => match.start),
  };
}

export function isUnambiguousGroupName(match: Candidate): boolean {
  const term = match.entry.term;
  return term !== null && term.ambiguity === null && term.groupIds.length > 0;
}

/** Whether text outside the block (the caller's context) speaks of North Korea or cyber. */
export function contextSupports(evidence: Evidence): boolean {
  return evidence.strong.length > 0 || evidence.cyber.length > 0 || evidence.unambiguous.length > 0;
}

export function verdict(
  match: Candidate,
  evidence: Evidence,
  contextSupportsIt: () => boolean,
): 'corroborated' | 'rejected' {
  const nearLo = match.start - NEAR;
  const nearHi = match.end + NEAR;
  const strongNear = anyIn(evidence.strong, nearLo, nearHi) || anyIn(evidence.unambiguous, nearLo, nearHi);
  if (!strongNear && anyIn(evidence.negative, nearLo, nearHi)) {
    return 'rejected';
  }
  const wideLo = match.start - WIDE;
  const wideHi = match.end + WIDE;
  const supported =
    strongNear ||
    anyIn(evidence.strong, wideLo, wideHi) ||
    anyIn(evidence.cyber, wideLo, wideHi) ||
    anyIn(evidence.unambiguous, wideLo, wideHi) ||
    contextSupportsIt();
  return supported ? 'corroborated' : 'rejected';
}

/** Whether the sorted list holds a value in [lo, hi]. */
export function anyIn(sorted: readonly number[], lo: number, hi: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((sorted[mid] ?? 0) < lo) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low < sorted.length && (sorted[low] ?? 0) <= hi;
}
