import type { CueKind } from './cues';
import type { Stream } from './entries';
import { nextCandidate } from './scan';

export interface CueSpans {
  starts: number[];
  ends: number[];
}

/** Longer than any cue, so a cue that starts in a window is wholly inside the scanned slice. */
const SLICE_MARGIN = 96;

/**
 * Finds context cues lazily, only around ambiguous candidates, so a page with
 * no ambiguous alias pays nothing and one with many pays at most one extra
 * pass. Cues are kept out of the names' patterns on purpose: adding their
 * first letters to a 10,000-name pattern made V8 try the big trie at almost
 * every position and the scan several times slower (scripts/bench).
 *
 * Each window is scanned as a slice of the text (a regex on the whole text
 * would run on to the next cue, however far), and only its part not scanned
 * before. Windows must come in increasing order (candidates are sorted).
 */
export class CueScanner {
  readonly spans: Record<CueKind, CueSpans> = {
    strong: { starts: [], ends: [] },
    cyber: { starts: [], ends: [] },
    negative: { starts: [], ends: [] },
  };
  private coveredUntil = 0;

  constructor(
    private text: string,
    private readonly streams: readonly Stream[],
  ) {}

  /**
   * Starts over on another text with the same span objects and arrays: the
   * matcher keeps one scanner for every text with an ambiguous alias instead
   * of making ten new objects per such text (thousands on a long article).
   */
  reset(text: string): void {
    this.text = text;
    this.coveredUntil = 0;
    emptySpans(this.spans.strong);
    emptySpans(this.spans.cyber);
    emptySpans(this.spans.negative);
  }

  /** Makes sure every cue starting in [lo, hi] is recorded. */
  cover(lo: number, hi: number): void {
    const from = Math.max(lo, this.coveredUntil, 0);
    const to = Math.min(hi, this.text.length);
    if (from >= to) {
      return;
    }
    this.coveredUntil = to;
    // A few characters of lead-in so the start-boundary check sees the word before.
    const sliceStart = Math.max(0, from - 1);
    const slice = this.text.slice(sliceStart, Math.min(this.text.length, to + SLICE_MARGIN));
    for (const stream of this.streams) {
      let cue = nextCandidate(stream, slice, from - sliceStart);
      while (cue && cue.start + sliceStart <= to) {
        if (cue.entry.cue) {
          this.record(cue.entry.cue, cue.start + sliceStart, cue.end + sliceStart);
        }
        cue = nextCandidate(stream, slice, cue.start + 1);
      }
    }
  }

  private record(kind: CueKind, start: number, end: number): void {
    const spans = this.spans[kind];
    // Two streams (case-sensitive and not) append out of order only slightly.
    let at = spans.starts.length;
    while (at > 0 && (spans.starts[at - 1] ?? 0) > start) {
      at--;
    }
    if (spans.starts[at - 1] === start) {
      return;
    }
    spans.starts.splice(at, 0, start);
    spans.ends.splice(at, 0, end);
  }
}

/** Empties the arrays in place. */
function emptySpans(spans: CueSpans): void {
  spans.starts.length = 0;
  spans.ends.length = 0;
}
