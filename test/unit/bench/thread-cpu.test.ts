import { describe, expect, it } from 'vitest';
import { threadCpu } from '../../../scripts/bench/trace';
import { META, task } from './trace-fixtures';

/** Samples every 100 µs from `from` to `to`, owned or not. */
function samples(from: number, to: number, owned: boolean, idle = false) {
  const list = [];
  for (let ts = from; ts < to; ts += 100) {
    list.push({ ts, dur: 100, owned, idle });
  }
  return list;
}

describe('threadCpu (bench cross-check)', () => {
  it("charges the annotator its share of each task's thread time, not the wall time it was sampled for", () => {
    const events = [
      ...META,
      // 10 ms of wall time, only 4 ms of it on the CPU: all the annotator's.
      task(0, 10_000, 4_000),
      // 10 ms, 8 ms on the CPU, half of its busy samples the annotator's.
      task(20_000, 10_000, 8_000),
      // A task without the annotator's samples counts for nothing.
      task(40_000, 10_000, 10_000),
      // The same span on another thread is not the page's.
      task(0, 10_000, 10_000, 3),
    ];
    const timeline = [
      ...samples(0, 10_000, true),
      ...samples(20_000, 25_000, true),
      ...samples(25_000, 30_000, false),
      ...samples(40_000, 50_000, false),
      ...samples(60_000, 70_000, false, true),
    ];
    const result = threadCpu(events, timeline);
    expect(result.cpuMs).toBeCloseTo(4 + 4, 5);
    expect(result.sampledMs).toBeCloseTo(10 + 5, 5);
  });

  it('gives zero without the annotator in any task', () => {
    expect(threadCpu([...META, task(0, 5_000, 5_000)], samples(0, 5_000, false))).toEqual({
      cpuMs: 0,
      sampledMs: 0,
    });
  });
});
