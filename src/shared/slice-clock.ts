/**
 * How long one uninterrupted piece of work may run on the page's main
 * thread (a scan slice, a step of the matcher's compile): well inside a
 * 60 Hz frame, with room left for a garbage collection or for the thread
 * being descheduled on a busy machine, both of which stretch a task past its
 * budget. On the bench's 2-core machine those interruptions are most of a
 * long task (V8 compiling and collecting on the other core, see
 * scripts/bench), so the budget itself is kept small: 2 ms instead of 4 gave
 * 0.84x and 0.91x the median longest task in interleaved A/B runs (10 and 14
 * loads of the 5 MB article, compare-builds.ts --longest), with no CPU cost
 * that stood out of the noise (0.92x, 8 loads).
 */
export const SLICE_BUDGET_MS = 2;

/**
 * A clock for one slice of work: `spent()` turns true once the budget is
 * used up; whoever pauses calls `reset()` when the work resumes, so the
 * pause never counts as work; `lap()` is the time since the previous lap (or
 * reset), for callers that size their batches of work by it.
 */
export interface SliceClock {
  spent(): boolean;
  reset(): void;
  lap(): number;
}

export function sliceClock(budget = SLICE_BUDGET_MS): SliceClock {
  let started = performance.now();
  let lapped = started;
  return {
    spent: () => performance.now() - started > budget,
    reset: () => {
      started = performance.now();
      lapped = started;
    },
    lap: () => {
      const now = performance.now();
      const took = now - lapped;
      lapped = now;
      return took;
    },
  };
}
