/**
 * When a stepped compile (a generator that yields between pieces of work)
 * should yield: after STEP_BUDGET_MS of work, measured, not after a fixed
 * count of items. The same count of items took ten times as long in the first
 * step, while V8 still interpreted the code, as in later ones.
 */
export const STEP_BUDGET_MS = 2;
export class StepClock {
  private started = performance.now();
  private items = 0;

  /** `itemsPerReading`: calls of due() between two clock readings, which cost more than a small item. */
  constructor(private readonly itemsPerReading = 32) {}

  /** Counts one item; true when the step's budget is spent (the clock then restarts). */
  due(): boolean {
    if (++this.items % this.itemsPerReading !== 0) {
      return false;
    }
    const now = performance.now();
    if (now - this.started < STEP_BUDGET_MS) {
      return false;
    }
    this.started = now;
    return true;
  }
}
