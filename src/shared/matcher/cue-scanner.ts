import type { CueKind } from './cues';
import type { Stream } from './entries';
import type { Candidate } from './scan';
import { nextCandidate } from './scan';

export interface CueSpans {
  starts: number[];
  ends: number[];
}

/**
 * Finds context cues lazily, only around ambiguous candidates, so a page with
 * no ambiguous alias pays nothing and one with many pays at most one extra
 * pass. Cues are kept out of the names' patterns on purpose: adding their
 * first letters to a 10,000-name pattern made V8 try the big trie at almost
 * every position and the scan ~8x slower (scripts/bench).
 *
 * Windows must be requested in increasing order (candidates are sorted); the
 * text between windows is skipped. Spans are recorded in increasing start order
 * per stream and kept sorted across streams.
 */
export class CueScanner {
  readonly spans: Record<CueKind, CueSpans> = {
    strong: { starts: [], ends: [] },
    cyber: { starts: [], ends: [] },
    negative: { starts: [], ends: [] },
  };
  private readonly pending: (Candidate | null | undefined)[];

  constructor(
    private readonly text: string,
    private readonly streams: readonly Stream[],
  ) {
    // undefined: not started yet; null: no more cues in the text.
    this.pending = streams.map(() => undefined);
  }

  /** Makes sure every cue starting in [lo, hi] is recorded. */
  cover(lo: number, hi: number): void {
    this.streams.forEach((stream, i) => {
      let cue = this.pending[i];
      if (cue === undefined || (cue !== null && cue.start < lo)) {
        cue = nextCandidate(stream, this.text, Math.max(lo, cue?.start ?? 0));
      }
      while (cue && cue.start <= hi) {
        this.record(cue);
        cue = nextCandidate(stream, this.text, cue.start + 1);
      }
      this.pending[i] = cue;
    });
  }

  private record(cue: Candidate): void {
    const kind = cue.entry.cue;
    if (!kind) {
      return;
    }
    const spans = this.spans[kind];
    let at = spans.starts.length;
    while (at > 0 && (spans.starts[at - 1] ?? 0) > cue.start) {
      at--;
    }
    if (spans.starts[at - 1] === cue.start) {
      return;
    }
    spans.starts.splice(at, 0, cue.start);
    spans.ends.splice(at, 0, cue.end);
  }
}
