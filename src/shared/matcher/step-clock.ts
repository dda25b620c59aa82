/**
 * When a stepped compile (a generator that yields between pieces of work)
 * should yield: after STEP_BUDGET_MS of work, measured, not after a fixed
 * count of items. The same count of items took ten times as long in the first
 * step, while V8 still interpreted the code, as in later ones.
 */
export const STEP_BUDGET_MS = 2;
export class StepClock {
  private started = performance.now();
  /** Set when a step ends: the next step's budget starts at its first item, not while the caller paused. */
  private stepEnded = false;
  private items = 0;

  /** `itemsPerReading`: calls of due() between two clock readings, which cost more than a small item. */
  constructor(private readonly itemsPerReading = 32) {}

  /**
   * Counts one item; true when the step's budget is spent. (The clock used to
   * restart when it said so, before the caller's pause, so every later step
   * found its budget spent by the pause itself and yielded after its first
   * reading: a 10,000-term compile ran in steps of 0.2-0.5 ms and took 7-9 s
   * on a busy page.)
   */
  due(): boolean {
    if (this.stepEnded) {
      this.stepEnded = false;
      this.started = performance.now();
    }
    if (++this.items % this.itemsPerReading !== 0) {
      return false;
    }
    if (performance.now() - this.started < STEP_BUDGET_MS) {
      return false;
    }
    this.stepEnded = true;
    return true;
  }
}
