import { afterEach, describe, expect, it, vi } from 'vitest';
import { STEP_BUDGET_MS, StepClock } from '../../../src/shared/matcher/step-clock';

/** A clock the test moves by hand. */
function fakeNow(): { advance(ms: number): void } {
  let now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { advance: (ms) => (now += ms) };
}

/** Items until due() says the step is over, each taking `itemMs`. */
function itemsInStep(clock: StepClock, time: { advance(ms: number): void }, itemMs: number): number {
  for (let items = 1; ; items++) {
    time.advance(itemMs);
    if (clock.due()) {
      return items;
    }
  }
}

describe('StepClock', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ends a step once its budget of work is spent', () => {
    const time = fakeNow();
    const clock = new StepClock(1);
    expect(itemsInStep(clock, time, 0.1)).toBe(STEP_BUDGET_MS / 0.1);
  });

  it("gives every step its whole budget: the caller's pause between steps is not counted as work", () => {
    const time = fakeNow();
    const clock = new StepClock(1);
    itemsInStep(clock, time, 0.1);
    for (let step = 0; step < 3; step++) {
      time.advance(50); // the caller's pause: a timer, the page's own tasks
      expect(itemsInStep(clock, time, 0.1)).toBeGreaterThanOrEqual(STEP_BUDGET_MS / 0.1 - 1);
    }
  });

  it('reads the clock only every itemsPerReading items', () => {
    const time = fakeNow();
    const clock = new StepClock(32);
    expect(itemsInStep(clock, time, 1) % 32).toBe(0);
  });
});
