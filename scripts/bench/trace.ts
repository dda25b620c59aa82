import type { CDPSession } from 'playwright-core';

/**
 * Main-thread tasks from a Chromium trace, to find the longest uninterrupted
 * slice in which the extension ran.
 *
 * Why a trace and not the profile alone: a task is the unit the page cannot
 * interrupt (no input, no frame until it ends), and only the trace knows
 * where tasks begin and end. The profile says which of them ran extension
 * code: a task is the extension's when one of its samples falls inside it.
 * (Async continuations after `await` show up in traces as bare RunMicrotasks
 * with no script URL, so trace events alone cannot name their owner.)
 * Profiler and trace timestamps share Chromium's monotonic clock in µs.
 */

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel'];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
export const LONG_TASK_MS = 16;

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(session: CDPSession): Promise<Tracer> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' },
  });
  return {
    stop: async () => {
      const complete = new Promise<void>((done) => session.once('Tracing.tracingComplete', () => done()));
      await session.send('Tracing.end');
      await complete;
      session.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

export interface Task {
  ts: number;
  dur: number;
}

export interface SliceReport {
  /** Longest task holding extension samples, ms (0 if none). */
  longestMs: number;
  /** Tasks holding extension samples longer than LONG_TASK_MS. */
  overBudget: number;
  /** Tasks holding extension samples. */
  tasks: number;
  /** Share of extension samples that fell inside some task (a check that the clocks line up). */
  coverage: number;
}

/**
 * Top-level tasks of every renderer main thread; the one thread that holds
 * the annotator's samples is the page's.
 */
export function extensionSlices(
  events: TraceEvent[],
  owned: { ts: number; dur: number }[],
  window?: Task,
): SliceReport {
  const mainThreads = new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const byThread = new Map<string, Task[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (
      event.ph !== 'X' ||
      !TASK_NAMES.has(event.name) ||
      !mainThreads.has(thread) ||
      event.dur === undefined
    ) {
      continue;
    }
    const list = byThread.get(thread) ?? [];
    list.push({ ts: event.ts, dur: event.dur });
    byThread.set(thread, list);
  }
  const samples = window
    ? owned.filter((sample) => sample.ts >= window.ts && sample.ts <= window.ts + window.dur)
    : owned;
  let best: SliceReport = { longestMs: 0, overBudget: 0, tasks: 0, coverage: 0 };
  for (const tasks of byThread.values()) {
    const report = sliceReport(topLevel(tasks), samples);
    if (report.coverage > best.coverage) {
      best = report;
    }
  }
  return best;
}

function topLevel(tasks: Task[]): Task[] {
  const sorted = [...tasks].sort((a, b) => a.ts - b.ts);
  const result: Task[] = [];
  let end = -Infinity;
  for (const task of sorted) {
    if (task.ts >= end) {
      result.push(task);
      end = task.ts + task.dur;
    }
  }
  return result;
}

function sliceReport(tasks: Task[], samples: { ts: number }[]): SliceReport {
  let inside = 0;
  let longest = 0;
  let overBudget = 0;
  let count = 0;
  let cursor = 0;
  const sorted = [...samples].sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    let hits = 0;
    while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) < task.ts) {
      cursor += 1;
    }
    while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) <= task.ts + task.dur) {
      hits += 1;
      cursor += 1;
    }
    if (hits === 0) {
      continue;
    }
    inside += hits;
    count += 1;
    longest = Math.max(longest, task.dur / 1000);
    if (task.dur / 1000 > LONG_TASK_MS) {
      overBudget += 1;
    }
  }
  return {
    longestMs: longest,
    overBudget,
    tasks: count,
    coverage: sorted.length === 0 ? 0 : inside / sorted.length,
  };
}
