import type { CDPSession } from 'playwright-core';
import type { CallFrame, OwnedSample } from './cpu-profile';

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
/** Trace events that are one task of a thread's scheduler (Chromium names them both ways). */
export const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
export const LONG_TASK_MS = 16;

export interface Tracer {
  stop(): Promise<TraceEvent[]>;
}

export async function startTracing(session: CDPSession, extraCategories: string[] = []): Promise<Tracer> {
  const events: TraceEvent[] = [];
  const onData = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  session.on('Tracing.dataCollected', onData);
  await session.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [...CATEGORIES, ...extraCategories],
      recordMode: 'recordContinuously',
    },
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
  /** Thread (on-CPU) time, µs, where the trace has it: less than dur when the OS descheduled the thread. */
  tdur?: number;
}

const GC_EVENTS = new Set(['MinorGC', 'MajorGC']);

/**
 * A span over LONG_TASK_MS taken apart. Its task's thread time bounds the
 * span's own time on the CPU from above: a span whose task ran less than
 * LONG_TASK_MS on the CPU was long because the OS kept the thread waiting
 * (on the bench's 2 cores, for the browser's threads and V8's compilers),
 * not because the extension's work in it was.
 */
export interface LongSpan {
  spanMs: number;
  /** The task's thread (on-CPU) time, ms; NaN where the trace has none. */
  taskThreadMs: number;
  /** GC inside the task, ms (on the CPU or waiting for it). */
  gcMs: number;
}

export interface SliceReport {
  /** Longest task holding extension samples, ms (0 if none): the page's own work in that task included. */
  longestMs: number;
  /**
   * Longest extension span, ms: within one task, from the extension's first
   * sample to the end of its last (whatever interrupted it in between, GC or
   * the OS, included). A task can hold a little of the extension's code
   * beside much of the page's: an IntersectionObserver or MutationObserver
   * callback runs at the end of the page's own rendering or script task, and
   * that task's layout and paint are not a slice of the extension's.
   */
  longestSpanMs: number;
  /** Tasks whose extension span is longer than LONG_TASK_MS. */
  spanOverBudget: number;
  /** Each of those spans with its task's on-CPU and GC time: what made it long. */
  longSpans: LongSpan[];
  /** Tasks holding extension samples longer than LONG_TASK_MS. */
  overBudget: number;
  /** Tasks holding extension samples. */
  tasks: number;
  /** Share of extension samples that fell inside some task (a check that the clocks line up). */
  coverage: number;
  /** What the longest task was made of, ms: to tell the extension's work from GC and from the thread being off the CPU. */
  longest: {
    threadMs: number;
    gcMs: number;
    extensionMs: number;
    /** The functions its extension samples stopped in, most first (ms of samples each). */
    top: { frame: CallFrame; ms: number }[];
  } | null;
}

/** Every renderer main thread in a trace, as "pid:tid". */
export function rendererMainThreads(events: TraceEvent[]): Set<string> {
  return new Set(
    events
      .filter(
        (event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
      )
      .map((event) => `${event.pid}:${event.tid}`),
  );
}

/**
 * Top-level tasks of every renderer main thread; the one thread that holds
 * the annotator's samples is the page's.
 */
export function extensionSlices(events: TraceEvent[], owned: OwnedSample[], window?: Task): SliceReport {
  const mainThreads = rendererMainThreads(events);
  const byThread = new Map<string, Task[]>();
  const gcByThread = new Map<string, Task[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.ph !== 'X' || !mainThreads.has(thread) || event.dur === undefined) {
      continue;
    }
    const into = TASK_NAMES.has(event.name) ? byThread : GC_EVENTS.has(event.name) ? gcByThread : null;
    if (into) {
      const list = into.get(thread) ?? [];
      const tdur = (event as { tdur?: number }).tdur;
      list.push({ ts: event.ts, dur: event.dur, ...(tdur !== undefined ? { tdur } : {}) });
      into.set(thread, list);
    }
  }
  const samples = window
    ? owned.filter((sample) => sample.ts >= window.ts && sample.ts <= window.ts + window.dur)
    : owned;
  let best: SliceReport = {
    longestMs: 0,
    longestSpanMs: 0,
    spanOverBudget: 0,
    longSpans: [],
    overBudget: 0,
    tasks: 0,
    coverage: 0,
    longest: null,
  };
  for (const [thread, tasks] of byThread) {
    const report = sliceReport(topLevel(tasks), samples, gcByThread.get(thread) ?? []);
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

function sliceReport(tasks: Task[], samples: OwnedSample[], gcs: Task[]): SliceReport {
  let inside = 0;
  let longest = 0;
  let longestTask: Task | null = null;
  let longestExtensionUs = 0;
  let overBudget = 0;
  let longestSpan = 0;
  let spanOverBudget = 0;
  const longSpans: LongSpan[] = [];
  let count = 0;
  let cursor = 0;
  const sorted = [...samples].sort((a, b) => a.ts - b.ts);
  for (const task of tasks) {
    let hits = 0;
    let extensionUs = 0;
    let spanFrom = Infinity;
    let spanTo = -Infinity;
    const taskEnd = task.ts + task.dur;
    while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) < task.ts) {
      cursor += 1;
    }
    while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) <= taskEnd) {
      const sample = sorted[cursor] as OwnedSample;
      hits += 1;
      extensionUs += sample.dur;
      spanFrom = Math.min(spanFrom, sample.ts);
      spanTo = Math.max(spanTo, Math.min(taskEnd, sample.ts + sample.dur));
      cursor += 1;
    }
    if (hits === 0) {
      continue;
    }
    const spanMs = (spanTo - spanFrom) / 1000;
    longestSpan = Math.max(longestSpan, spanMs);
    if (spanMs > LONG_TASK_MS) {
      spanOverBudget += 1;
      longSpans.push({ spanMs, taskThreadMs: (task.tdur ?? NaN) / 1000, gcMs: gcWithin(gcs, task) / 1000 });
    }
    inside += hits;
    count += 1;
    if (task.dur / 1000 > longest) {
      longest = task.dur / 1000;
      longestTask = task;
      longestExtensionUs = extensionUs;
    }
    if (task.dur / 1000 > LONG_TASK_MS) {
      overBudget += 1;
    }
  }
  return {
    longestMs: longest,
    longestSpanMs: longestSpan,
    spanOverBudget,
    longSpans,
    overBudget,
    tasks: count,
    coverage: sorted.length === 0 ? 0 : inside / sorted.length,
    longest: longestTask && {
      threadMs: (longestTask.tdur ?? NaN) / 1000,
      gcMs: gcWithin(gcs, longestTask) / 1000,
      extensionMs: Math.min(longestExtensionUs, longestTask.dur) / 1000,
      top: topFrames(sorted, longestTask),
    },
  };
}

/** The frames the samples inside a task stopped in, by time. */
function topFrames(samples: OwnedSample[], task: Task): { frame: CallFrame; ms: number }[] {
  const byFrame = new Map<string, { frame: CallFrame; ms: number }>();
  for (const sample of samples) {
    if (sample.ts < task.ts || sample.ts > task.ts + task.dur) {
      continue;
    }
    const { functionName, url, lineNumber, columnNumber } = sample.frame;
    const key = `${functionName}|${url}|${lineNumber}|${columnNumber}`;
    const entry = byFrame.get(key) ?? { frame: sample.frame, ms: 0 };
    entry.ms += sample.dur / 1000;
    byFrame.set(key, entry);
  }
  return [...byFrame.values()].sort((a, b) => b.ms - a.ms).slice(0, 4);
}

/** GC time (µs) inside a task; GC events nest (a MinorGC inside a MajorGC), so only outermost ones count. */
function gcWithin(gcs: Task[], task: Task): number {
  let total = 0;
  let end = -Infinity;
  for (const gc of [...gcs].sort((a, b) => a.ts - b.ts)) {
    if (gc.ts >= task.ts && gc.ts + gc.dur <= task.ts + task.dur && gc.ts >= end) {
      total += gc.dur;
      end = gc.ts + gc.dur;
    }
  }
  return total;
}

export interface ThreadCpu {
  /** The annotator's share of its tasks' thread (on-CPU) time, ms. */
  cpuMs: number;
  /** Its samples inside those tasks, ms: wall-clock time, descheduled stretches included. */
  sampledMs: number;
}

/**
 * The annotator's CPU time from the trace's thread durations, as a
 * cross-check of the sampled figure. V8's profiler samples on a wall-clock
 * timer, so a thread the OS takes off the CPU keeps collecting samples for
 * whatever it was running: on a busy 2-core machine a 4 ms slice can show 30
 * ms. Per task holding the annotator's samples, its share of the task's
 * non-idle samples times the task's thread time is its CPU in that task.
 * The tasks' thread times come from Chromium's trace (`tdur`).
 */
export function threadCpu(
  events: TraceEvent[],
  samples: { ts: number; dur: number; owned: boolean; idle: boolean }[],
): ThreadCpu {
  // The page's main thread: the one whose tasks hold the most of the annotator's samples.
  const mainThreads = rendererMainThreads(events);
  const byThread = new Map<string, Task[]>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    const tdur = (event as { tdur?: number }).tdur;
    if (
      event.ph === 'X' &&
      mainThreads.has(thread) &&
      TASK_NAMES.has(event.name) &&
      event.dur !== undefined &&
      tdur !== undefined
    ) {
      const list = byThread.get(thread) ?? [];
      list.push({ ts: event.ts, dur: event.dur, tdur });
      byThread.set(thread, list);
    }
  }
  let best: ThreadCpu = { cpuMs: 0, sampledMs: 0 };
  const sorted = [...samples].sort((a, b) => a.ts - b.ts);
  for (const tasks of byThread.values()) {
    let cpuUs = 0;
    let sampledUs = 0;
    let cursor = 0;
    for (const task of topLevel(tasks)) {
      let ownUs = 0;
      let busyUs = 0;
      while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) < task.ts) {
        cursor += 1;
      }
      while (cursor < sorted.length && (sorted[cursor]?.ts ?? Infinity) <= task.ts + task.dur) {
        const sample = sorted[cursor] as (typeof sorted)[number];
        if (!sample.idle) {
          busyUs += sample.dur;
        }
        if (sample.owned) {
          ownUs += sample.dur;
        }
        cursor += 1;
      }
      if (ownUs > 0 && busyUs > 0) {
        cpuUs += (task.tdur ?? 0) * Math.min(1, ownUs / busyUs);
        sampledUs += ownUs;
      }
    }
    if (sampledUs / 1000 > best.sampledMs) {
      best = { cpuMs: cpuUs / 1000, sampledMs: sampledUs / 1000 };
    }
  }
  return best;
}
