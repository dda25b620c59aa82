/**
 * How long the main thread rests between two slices, ms. A gap, not just a
 * turn for the page's queued tasks: while our code runs hot, V8 compiles it
 * (Maglev and TurboFan) and collects its garbage on helper threads, and on a
 * 2-core machine those helpers and the main thread wait for each other's
 * core; most long tasks were a slice held by a GC or a code install that
 * waited so (scripts/bench/diagnose-long-tasks.ts --detail). With the main
 * thread idle between slices the helpers get the cores. Against
 * `scheduler.yield()`, which resumes at once, the 5 MB scan's median longest
 * task was 13.2 against 16.2 ms over 50 interleaved loads per build (two
 * rounds of compare-builds.ts --longest, the second with the builds' order
 * swapped), and 12 of the 50 loads had a task over 16 ms against 25; the
 * on-CPU time came out at 1.05x and 0.91x (compare-builds.ts --on-cpu, 10
 * and 12 loads each), no cost out of the noise. The price is wall time:
 * each slice is followed by a rest, so a long page takes longer to finish
 * (the 5 MB article about a second more). 4 ms is also the least a timer
 * nested as deep as a scan's can wait in Chromium.
 */
export const SLICE_GAP_MS = 4;

/**
 * Ends the current task and continues after SLICE_GAP_MS in a new one: the
 * page's own tasks (input, rendering) run meanwhile, and V8's helper threads
 * get the cores. Being a timer, it is throttled in a hidden tab (about one
 * a second in Chromium): a page opened in the background is mostly scanned
 * once it is shown, instead of using the CPU while nobody reads it.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resume) => setTimeout(resume, SLICE_GAP_MS));
}
