import type { CDPSession } from 'playwright-core';

/**
 * CPU time of one script's code from a V8 sampling profile (CDP Profiler).
 *
 * Attribution rule, the same for the extension and both baselines: a sample
 * counts when any frame on its stack comes from the annotator's own URL
 * (chrome-extension://<id>/ or the baseline's script URL). Counting the
 * whole stack, not just the top frame, charges the annotator for the V8
 * builtins and DOM bindings it calls (RegExp exec, StaticRange, Highlight.add),
 * whose frames carry no URL. A "(garbage collector)" sample is charged to the
 * annotator when the sample before it was the annotator's: the garbage is
 * almost always its own. Style, layout and paint that follow are not JS and
 * are charged to no one, for all three alike.
 */

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionCost {
  name: string;
  /** Empty for V8 builtins and DOM bindings. */
  url: string;
  /** 0-based, as V8 reports them. */
  line: number;
  column: number;
  selfMs: number;
}

export interface OwnedSample {
  ts: number;
  dur: number;
  frame: CallFrame;
}

export interface Attribution {
  /** Annotator CPU (its stacks plus the GC they triggered), ms. */
  cpuMs: number;
  /** Of which garbage collection, ms. */
  gcMs: number;
  /**
   * The same samples with each one counted for at most SAMPLE_CAP_US: the
   * time until the sampler next ran, past that, is left out (see SAMPLE_CAP_US).
   */
  cappedMs: number;
  /** Number of samples charged to the annotator. */
  samples: number;
  /** Everything sampled that was not idle, ms (for context). */
  busyMs: number;
  /** Longest run of consecutive annotator samples, ms: a profile-based cross-check of the traced slices. */
  longestRunMs: number;
  /** Start timestamps (µs, profiler clock), durations and top frames of the annotator's samples. */
  owned: OwnedSample[];
  /** Every sample's time, duration, and whether it was the annotator's or idle (for trace.threadCpu). */
  timeline: { ts: number; dur: number; owned: boolean; idle: boolean }[];
  top: FunctionCost[];
}

export const SAMPLING_INTERVAL_US = 100;

/**
 * A sample stands for the time until the next one; when the next one comes
 * late, that gap says more about the machine than about the code sampled.
 * While a 5 MB page appended paragraphs, 80-90% of the extension's sampled
 * time sat in samples followed by a gap over 250 µs, up to 12 ms long (16%
 * of the page's own native samples were followed by such a gap, 30-75% of
 * any script's, ours or the page's). Counted with this cap, a sample is
 * worth its share of the sampling rate and not the sampler's wait for a core.
 */
export const SAMPLE_CAP_US = 250;

export async function startProfiler(session: CDPSession, intervalUs = SAMPLING_INTERVAL_US): Promise<void> {
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await session.send('Profiler.start');
}

export async function stopProfiler(session: CDPSession): Promise<Profile> {
  const { profile } = await session.send('Profiler.stop');
  await session.send('Profiler.disable');
  return profile as unknown as Profile;
}

export function attribute(profile: Profile, owns: (url: string) => boolean): Attribution {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ownedCache = new Map<number, boolean>();
  const isOwned = (id: number): boolean => {
    const known = ownedCache.get(id);
    if (known !== undefined) {
      return known;
    }
    const node = byId.get(id);
    const up = parent.get(id);
    const value = Boolean(node && owns(node.callFrame.url)) || (up !== undefined && isOwned(up));
    ownedCache.set(id, value);
    return value;
  };

  const result: Attribution = {
    cpuMs: 0,
    gcMs: 0,
    cappedMs: 0,
    samples: 0,
    busyMs: 0,
    longestRunMs: 0,
    owned: [],
    timeline: [],
    top: [],
  };
  const self = new Map<string, FunctionCost>();
  let time = profile.startTime;
  let previousOwned = false;
  let run = 0;
  for (let index = 0; index < profile.samples.length; index += 1) {
    time += profile.timeDeltas[index] ?? 0;
    // A sample stands for the interval up to the next one.
    const next = profile.timeDeltas[index + 1];
    const durationUs = next ?? SAMPLING_INTERVAL_US;
    const node = byId.get(profile.samples[index] ?? -1);
    const name = node?.callFrame.functionName ?? '';
    if (name !== '(idle)') {
      result.busyMs += durationUs / 1000;
    }
    const gc = name === '(garbage collector)';
    const owned: boolean = gc ? previousOwned : isOwned(node?.id ?? -1);
    previousOwned = owned;
    result.timeline.push({
      ts: time,
      dur: durationUs,
      owned: owned && node !== undefined,
      idle: name === '(idle)',
    });
    if (!owned || !node) {
      run = 0;
      continue;
    }
    result.samples += 1;
    result.cpuMs += durationUs / 1000;
    result.cappedMs += Math.min(durationUs, SAMPLE_CAP_US) / 1000;
    if (gc) {
      result.gcMs += durationUs / 1000;
    }
    run += durationUs / 1000;
    result.longestRunMs = Math.max(result.longestRunMs, run);
    result.owned.push({ ts: time, dur: durationUs, frame: node.callFrame });
    const frame = node.callFrame;
    const key = `${frame.functionName}|${frame.url}|${frame.lineNumber}`;
    const cost = self.get(key) ?? {
      name: frame.functionName || '(anonymous)',
      url: frame.url,
      line: frame.lineNumber,
      column: frame.columnNumber,
      selfMs: 0,
    };
    cost.selfMs += durationUs / 1000;
    self.set(key, cost);
  }
  result.top = [...self.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, 12);
  return result;
}
