import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileMatcherInSlices } from '../../../src/shared/matcher/index';
import { SLICE_BUDGET_MS } from '../../../src/shared/slice-clock';
import { custom } from './helpers';
import { termListOf } from '../../../src/shared/watch/term-list';

/**
 * A fake clock: `performance.now()` moves on by `perReading` ms each time it
 * is read (standing in for the work done between two readings), and by
 * whatever a test adds itself.
 */
function fakeClock(perReading: number): { now(): number; advance(ms: number): void } {
  let now = 1_000;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += perReading));
  return { now: () => now, advance: (ms) => (now += ms) };
}

/** Distinct multi-word names, as on a long custom watch list. */
function manyTerms(count: number) {
  return Array.from({ length: count }, (_, index) =>
    custom(`Project Kal${index.toString(36)} Vortex ${index}`),
  );
}

/** Compiles with a pause that lets `pauseMs` of fake time pass; returns each step's length on the fake clock. */
async function stepLengths(
  count: number,
  clock: { now(): number; advance(ms: number): void },
  pauseMs: number,
): Promise<number[]> {
  const steps: number[] = [];
  let resumed = clock.now();
  await compileMatcherInSlices(termListOf(manyTerms(count)), {}, async () => {
    steps.push(clock.now() - resumed);
    clock.advance(pauseMs);
    resumed = clock.now();
  });
  return steps;
}

describe('the stepped compile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('ends every step once the budget is spent, across the parts of the compile', async () => {
    // Each reading stands for 0.25 ms of work: a step may overrun the budget by one reading,
    // not by a whole second budget where one part of the compile ends and the next begins.
    const reading = 0.25;
    const steps = await stepLengths(3_000, fakeClock(reading), 0);
    expect(steps.length).toBeGreaterThan(5);
    expect(Math.max(...steps)).toBeLessThanOrEqual(SLICE_BUDGET_MS + 2 * reading);
  });

  it("does not count the caller's pause between steps as work", async () => {
    // Time passes only while paused: the clock must never cut a step short, so the
    // compile takes the same steps as when no time passes at all (only its fixed ones).
    const timeless = await stepLengths(3_000, fakeClock(0), 0);
    vi.restoreAllMocks();
    const paused = await stepLengths(3_000, fakeClock(0), 50);
    expect(paused.length).toBe(timeless.length);
  });
});
