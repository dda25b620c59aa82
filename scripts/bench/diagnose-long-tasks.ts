/**
 * `npx tsx scripts/bench/diagnose-long-tasks.ts [--size 5MB] [--list custom] [--runs 7] [--detail [--cpu-over MS]] [--timeline] [--dist DIR] [--js-flags F] [--interval µs] [--no-profiler]`
 *
 * The extension's tasks over 16 ms in the initial scan of the bench's
 * article, traced as the bench traces them (same profiler interval, same
 * rule for which tasks are the extension's). Prints, per run, how many
 * tasks went over and the longest, then the median of the longest: the
 * figure the bench judges, in about a minute instead of twenty.
 *
 * With --detail (more trace categories, which slow the page a little) it
 * takes each long task apart: the V8 events nested in it with wall and
 * thread time, what the renderer's other threads ran meanwhile, the CPU
 * that other threads' tasks (browser, GPU process, compositor) took in it,
 * and a tally of what held the main thread (a minor GC, V8 installing or
 * finalizing optimized code, or neither). Per run it also prints the CPU of
 * V8's background jobs (compiling, scavenging) during the scan: the work
 * that competes with the main thread for two cores, comparable between
 * builds where wall times are not.
 *
 * --timeline lists every extension task of each run (start, wall and thread
 * time), to see when in the scan the long ones come; with --detail also when
 * V8's Maglev and TurboFan jobs ran.
 *
 * --cpu-over MS (with --detail) takes apart the tasks that ran over MS on the
 * CPU instead: what makes a slice long before the OS stretches it.
 *
 * --interval sets the profiler's sampling interval in µs (the bench's is 100),
 * to see how much the measurement itself adds to the tasks.
 *
 * --no-profiler runs without the CPU profiler, to see whether the bench's
 * 100 µs sampling (a thread of its own, on a 2-core machine) lengthens the
 * tasks it measures. Tasks are then the extension's by the trace alone: any
 * task of the page's main thread that ran script (see SCRIPT_EVENTS), which
 * holds because the bench's article has no script of its own.
 *
 * --dist loads another build (NKTL_OUT_DIR=/tmp/x npx vite build);
 * --js-flags passes V8 flags, to test a cause (e.g. "--no-maglev --no-turbofan").
 */
import { rmSync } from 'node:fs';
import { startFixtureServer } from '../lib/fixture-server';
import { importWatchList, launchExtensionBrowser } from './browsers';
import { forEachMeasuredLoad } from './measured-loads';
import {
  attribute,
  SAMPLING_INTERVAL_US,
  startProfiler,
  stopProfiler,
  type OwnedSample,
} from './cpu-profile';
import { describeFrame } from './report';
import { articleBytesFlag, customListFlag, flag } from './cli';
import { writeFixtures } from './fixtures';
import { waitForSettled } from './page-probes';
import { median } from './stats';
import { benchArticleTerms, CUSTOM_LIST_SIZE, customTerms } from './terms';
import { LONG_TASK_MS, rendererMainThreads, startTracing, TASK_NAMES, type TraceEvent } from './trace';

const bytes = articleBytesFlag();
const runs = Number(flag('--runs') ?? 7);
const samplingIntervalUs = Number(flag('--interval') ?? SAMPLING_INTERVAL_US);
const detail = process.argv.includes('--detail');
const withProfiler = !process.argv.includes('--no-profiler');
/** With --detail, take apart the tasks that ran longer than this on the CPU, not those over LONG_TASK_MS of wall time. */
const cpuOverMs = flag('--cpu-over') === undefined ? null : Number(flag('--cpu-over'));
/** Trace events of a task that runs script: on a page without scripts, only the extension's. */
const SCRIPT_EVENTS = new Set([
  'RunYieldContinuation',
  'FunctionCall',
  'EvaluateScript',
  'TimerFire',
  'v8.compile',
  'v8.evaluateModule',
]);
/** Every extension task of each run: when it started (after the first), its wall and thread time. */
const timeline = process.argv.includes('--timeline');
const DETAIL_CATEGORIES = ['disabled-by-default-v8.gc', 'v8', 'v8.compile', 'disabled-by-default-v8.compile'];

type Complete = TraceEvent & { dur: number; tdur?: number };
const ms = (us: number) => (us / 1000).toFixed(1);

/** What a nested V8 event is, for the tally: the main thread collecting garbage, or handling optimized code. */
function causeOf(name: string): 'minor GC' | 'major GC' | 'optimized code' | null {
  if (name === 'MinorGC') {
    return 'minor GC';
  }
  if (name === 'MajorGC' || name === 'V8.GC_MC_INCREMENTAL') {
    return 'major GC';
  }
  if (
    /^V8\.(FinalizeMaglevConcurrentCompilation|InstallOptimizedFunctions|OptimizeCode|DeoptimizeCode)$/.test(
      name,
    )
  ) {
    return 'optimized code';
  }
  return null;
}

const overlap = (a: Complete, b: Complete) =>
  Math.max(0, Math.min(a.ts + a.dur, b.ts + b.dur) - Math.max(a.ts, b.ts));

/** Top-level scheduler tasks of each renderer main thread (a RunTask may wrap another). */
function mainThreadTasks(events: Complete[], mains: Set<string>): Complete[] {
  const tasks = events
    .filter((e) => TASK_NAMES.has(e.name) && mains.has(`${e.pid}:${e.tid}`))
    .sort((a, b) => a.ts - b.ts);
  const ends = new Map<string, number>();
  return tasks.filter((task) => {
    const thread = `${task.pid}:${task.tid}`;
    if (task.ts < (ends.get(thread) ?? -Infinity)) {
      return false;
    }
    ends.set(thread, task.ts + task.dur);
    return true;
  });
}

function holdsAny(sortedTimes: number[], task: Complete): boolean {
  let low = 0;
  let high = sortedTimes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sortedTimes[middle] as number) < task.ts) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low < sortedTimes.length && (sortedTimes[low] as number) <= task.ts + task.dur;
}

const longestPerRun: number[] = [];
const causeTally = new Map<string, number>();

function describeLongTask(
  task: Complete,
  events: Complete[],
  scanStart: number,
  threadNames: ReadonlyMap<string, string>,
) {
  const thread = `${task.pid}:${task.tid}`;
  const offCpu = task.dur - (task.tdur ?? task.dur);
  console.log(
    `  task ${ms(task.dur)} ms, ${ms(task.ts - scanStart)} ms after the first: ${ms(task.tdur ?? NaN)} on CPU, ${ms(offCpu)} off`,
  );
  const nested = events
    .filter(
      (e) =>
        `${e.pid}:${e.tid}` === thread &&
        e !== task &&
        e.ts >= task.ts &&
        e.ts + e.dur <= task.ts + task.dur + 1,
    )
    .sort((a, b) => a.ts - b.ts);
  // Per cause, its outermost event's times (nested events of one cause sit inside each other).
  const byCause = new Map<string, { wall: number; off: number }>();
  for (const e of nested) {
    const cause = causeOf(e.name);
    if (cause) {
      const seen = byCause.get(cause) ?? { wall: 0, off: 0 };
      byCause.set(cause, { wall: seen.wall + e.dur, off: seen.off + e.dur - (e.tdur ?? e.dur) });
    }
    if (e.dur >= 1000 && !e.name.startsWith('V8.GC_SCAVENGER_')) {
      console.log(
        `     +${ms(e.ts - task.ts).padStart(5)}  ${e.name.padEnd(40)} ${ms(e.dur).padStart(5)} wall, ${ms(e.dur - (e.tdur ?? e.dur)).padStart(5)} off-CPU`,
      );
    }
  }
  let dominant = 'the scan itself (no GC or code install held it)';
  let most = 0;
  for (const [cause, time] of byCause) {
    if (time.wall > most && time.wall > task.dur / 4) {
      most = time.wall;
      dominant = cause;
    }
  }
  causeTally.set(dominant, (causeTally.get(dominant) ?? 0) + 1);
  const others = new Map<string, number>();
  for (const e of events) {
    if (e.pid === task.pid && `${e.pid}:${e.tid}` !== thread && e.name.startsWith('V8.')) {
      const shared = overlap(task, e);
      if (shared > 0) {
        others.set(e.name, (others.get(e.name) ?? 0) + shared);
      }
    }
  }
  const top = [...others].sort((a, b) => b[1] - a[1]).slice(0, 5);
  console.log(
    `     held by: ${dominant}; meanwhile on the renderer's V8 worker threads: ${top.map(([n, us]) => `${n} ${ms(us)}`).join(', ') || 'nothing traced'}`,
  );
  const busiest = [...cpuOfOtherThreads(task, events, threadNames)].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `     CPU taken meanwhile by other threads' tasks: ${busiest.map(([n, us]) => `${n} ${ms(us)}`).join(', ') || 'none traced'}`,
  );
}

/** Thread names from the trace's metadata events, by "pid:tid", with their process's name. */
function nameThreads(raw: TraceEvent[]): Map<string, string> {
  const processes = new Map<number, string>();
  for (const e of raw) {
    if (e.ph === 'M' && e.name === 'process_name') {
      processes.set(e.pid, String(e.args?.name ?? e.pid));
    }
  }
  const threadNames = new Map<string, string>();
  for (const e of raw) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threadNames.set(
        `${e.pid}:${e.tid}`,
        `${processes.get(e.pid) ?? e.pid}/${String(e.args?.name ?? e.tid)}`,
      );
    }
  }
  return threadNames;
}

/**
 * On-CPU time of every other thread's top-level tasks during `task`, each
 * task's thread time prorated by how much of it overlaps: who was running
 * while the long task's thread was off the CPU (a traced guess: work outside
 * tasks, and other programs, do not show).
 */
function cpuOfOtherThreads(
  task: Complete,
  events: Complete[],
  threadNames: ReadonlyMap<string, string>,
): Map<string, number> {
  const thread = `${task.pid}:${task.tid}`;
  const taken = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (key === thread || !TASK_NAMES.has(e.name) || e.dur <= 0) {
      continue;
    }
    const shared = overlap(task, e);
    if (shared > 0) {
      const name = threadNames.get(key) ?? key;
      taken.set(name, (taken.get(name) ?? 0) + (shared * (e.tdur ?? e.dur)) / e.dur);
    }
  }
  return taken;
}

/**
 * On-CPU time of the renderer's V8 background jobs (compiling, collecting)
 * from the scan's first extension task to its last: how much work competed
 * with the main thread for the machine's cores, comparable between builds
 * where wall times are not (a job's wall time grows with the contention).
 */
function reportBackgroundCpu(events: Complete[], own: Complete[]): void {
  const first = own[0];
  const last = own.at(-1);
  if (!first || !last) {
    return;
  }
  const jobs = new Map<string, number>();
  for (const e of events) {
    const job =
      /^V8\.(TurbofanTask|MaglevTask|GC_SCAVENGER_BACKGROUND_SCAVENGE_PARALLEL|GC_BACKGROUND_SAFEPOINT)$/.exec(
        e.name,
      )?.[1];
    if (job && e.pid === first.pid && e.tid !== first.tid && e.ts >= first.ts && e.ts <= last.ts + last.dur) {
      jobs.set(job, (jobs.get(job) ?? 0) + (e.tdur ?? e.dur));
    }
  }
  console.log(
    `  V8 background CPU in the scan: ${[...jobs].map(([job, us]) => `${job} ${ms(us)}`).join(', ') || 'none traced'}`,
  );
}

/**
 * Without a profile: the start times of script events on the page's main
 * thread (the renderer main thread with the most of them, i.e. the scan's),
 * standing in for the extension's samples.
 */
function scriptEventTimes(events: Complete[], mains: Set<string>): number[] {
  const byThread = new Map<string, number[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (mains.has(thread) && SCRIPT_EVENTS.has(e.name)) {
      const times = byThread.get(thread) ?? [];
      times.push(e.ts);
      byThread.set(thread, times);
    }
  }
  const page = [...byThread.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return page.sort((a, b) => a - b);
}

function report(raw: TraceEvent[], owned: OwnedSample[] | null) {
  const events = raw.filter((e): e is Complete => e.ph === 'X' && e.dur !== undefined);
  const mains = rendererMainThreads(raw);
  const sortedOwned = owned
    ? owned.map((sample) => sample.ts).sort((a, b) => a - b)
    : scriptEventTimes(events, mains);
  const own = mainThreadTasks(events, mains).filter((task) => holdsAny(sortedOwned, task));
  const long = own.filter((task) => task.dur / 1000 > LONG_TASK_MS);
  const longest = Math.max(0, ...own.map((task) => task.dur));
  longestPerRun.push(longest / 1000);
  console.log(
    `${own.length} extension tasks, ${long.length} over ${LONG_TASK_MS} ms, longest ${ms(longest)} ms`,
  );
  const first = own[0]?.ts ?? 0;
  if (timeline) {
    console.log(
      `  at ms: wall/on-CPU ms: ${own.map((t) => `${ms(t.ts - first)}: ${ms(t.dur)}/${ms(t.tdur ?? NaN)}`).join(', ')}`,
    );
  }
  if (timeline && detail) {
    // When the optimizing compilers ran, on the same clock (their events come with --detail's categories).
    const jobs = events
      .filter((e) => e.pid === own[0]?.pid && /^V8\.(TurbofanTask|MaglevTask)$/.test(e.name))
      .sort((a, b) => a.ts - b.ts);
    console.log(
      `  compile jobs at ms: start+wall (kind): ${jobs.map((e) => `${ms(e.ts - first)}+${ms(e.dur)} (${e.name.includes('Turbofan') ? 'T' : 'M'})`).join(', ')}`,
    );
  }
  if (detail) {
    reportBackgroundCpu(events, own);
  }
  const threadNames = detail ? nameThreads(raw) : new Map<string, string>();
  const described = cpuOverMs === null ? long : own.filter((task) => (task.tdur ?? 0) / 1000 > cpuOverMs);
  for (const task of detail ? described : []) {
    describeLongTask(task, events, own[0]?.ts ?? task.ts, threadNames);
    if (!owned) {
      continue;
    }
    const frames = new Map<string, number>();
    for (const sample of owned) {
      if (sample.ts >= task.ts && sample.ts <= task.ts + task.dur) {
        const key = describeFrame(sample.frame, flag('--dist'));
        frames.set(key, (frames.get(key) ?? 0) + sample.dur);
      }
    }
    const top = [...frames].sort((a, b) => b[1] - a[1]).slice(0, 4);
    console.log(`     its samples stopped in: ${top.map(([frame, us]) => `${ms(us)} ${frame}`).join('; ')}`);
  }
}

const fixtures = writeFixtures([{ label: 'x', bytes }], benchArticleTerms());
const server = await startFixtureServer(fixtures.dir);
const extension = await launchExtensionBrowser(flag('--dist'), flag('--js-flags'));
if (customListFlag()) {
  await importWatchList(extension, customTerms(CUSTOM_LIST_SIZE));
}
const owns = (url: string) => url.startsWith('chrome-extension://');
try {
  const url = `${server.origin}${fixtures.articles.get('x') ?? ''}`;
  await forEachMeasuredLoad(
    extension.context,
    `${server.origin}/blank.html`,
    url,
    runs,
    async (page, session) => {
      const tracer = await startTracing(session, detail ? DETAIL_CATEGORIES : []);
      if (withProfiler) {
        await startProfiler(session, samplingIntervalUs);
      }
      await page.goto(url, { timeout: 120_000 });
      await waitForSettled(page, 'nktl-', (s) => s.scanCompletes > 0);
      const owned = withProfiler ? attribute(await stopProfiler(session), owns).owned : null;
      report(await tracer.stop(), owned);
    },
  );
  console.log(
    `longest task per run: ${longestPerRun.map((v) => v.toFixed(1)).join(', ')} ms; median ${median(longestPerRun).toFixed(1)} ms`,
  );
  if (detail) {
    console.log(
      `what held the long tasks: ${[...causeTally].map(([cause, n]) => `${cause} ${n}`).join(', ')}`,
    );
  }
} finally {
  await extension.context.close();
  await server.close();
  rmSync(fixtures.dir, { recursive: true, force: true });
}
