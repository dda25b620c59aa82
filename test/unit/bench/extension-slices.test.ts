import { describe, expect, it } from 'vitest';
import type { OwnedSample } from '../../../scripts/bench/cpu-profile';
import { extensionSlices } from '../../../scripts/bench/trace';
import { META, task } from './trace-fixtures';

const FRAME = { functionName: 'scan', url: 'chrome-extension://x/scan.js', lineNumber: 0, columnNumber: 0 };

/** The extension's samples every 100 µs from `from` to `to`. */
function owned(from: number, to: number): OwnedSample[] {
  const list: OwnedSample[] = [];
  for (let ts = from; ts < to; ts += 100) {
    list.push({ ts, dur: 100, frame: FRAME });
  }
  return list;
}

describe('extensionSlices (bench: the longest slice)', () => {
  it("does not count the page's own work in a task as a slice of the extension's", () => {
    // 30 ms of the page's layout and paint, then 0.5 ms of an observer callback of ours.
    const report = extensionSlices([...META, task(0, 30_000)], owned(29_500, 30_000));
    expect(report.longestMs).toBeCloseTo(30, 5);
    expect(report.longestSpanMs).toBeCloseTo(0.5, 5);
    expect(report.overBudget).toBe(1);
    expect(report.spanOverBudget).toBe(0);
  });

  it('counts what interrupted the extension inside its span (GC, the OS), from its first sample to its last', () => {
    // 2 ms of ours, an 18 ms gap (one late sample), 2 ms more: one 22 ms slice.
    const samples = [
      ...owned(1_000, 2_900),
      { ts: 2_900, dur: 18_100, frame: FRAME },
      ...owned(21_000, 23_000),
    ];
    const report = extensionSlices([...META, task(1_000, 22_500)], samples);
    expect(report.longestSpanMs).toBeCloseTo(22, 5);
    expect(report.spanOverBudget).toBe(1);
  });

  it('takes each span over budget apart: its task on the CPU and the GC in it', () => {
    // Two long spans: one mostly off the CPU (6 ms of 20 on it), one on it throughout.
    const gc = { name: 'MinorGC', cat: 'v8', ph: 'X', ts: 42_000, dur: 3_000, pid: 1, tid: 2 } as const;
    const report = extensionSlices(
      [...META, task(0, 20_000, 6_000), task(40_000, 18_000), gc],
      [...owned(0, 20_000), ...owned(40_000, 58_000)],
    );
    expect(report.spanOverBudget).toBe(2);
    expect(report.longSpans.map((span) => [span.spanMs, span.taskThreadMs, span.gcMs])).toEqual([
      [20, 6, 0],
      [18, 18, 3],
    ]);
  });

  it('ends a span at its task: a late last sample does not stretch it past the task', () => {
    const samples = [{ ts: 5_000, dur: 40_000, frame: FRAME }];
    const report = extensionSlices([...META, task(0, 10_000)], samples);
    expect(report.longestSpanMs).toBeCloseTo(5, 5);
  });
});
