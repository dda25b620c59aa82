import type { FunctionCost } from './cpu-profile';
import type { HoverLatencies } from './hover';
import type { AppendBaseline, BaselineRun } from './measure-baseline';
import type { ExtensionRun, RescanFigures } from './measure-extension';
import { median, medianBy } from './stats';
import type { SliceReport, ThreadCpu } from './trace';

/**
 * The figures of one table: one article size with one watch list, reduced
 * from the repeated runs (medians; the top functions come from the median
 * run so they add up to its total).
 */

export interface AnnotatorFigures {
  cpuMs: number;
  /** Every run's CPU, in run order: the spread behind the median. */
  cpuRunsMs: number[];
  gcMs: number;
  wallMs: number;
  highlights: number;
  runs: number;
}

export interface MarkFigures extends AnnotatorFigures {
  /** When mark.js ran out of budget: its measured CPU scaled by terms / termsDone. */
  extrapolatedFrom?: { termsDone: number; terms: number };
}

export interface RescanSummary {
  paragraphs: number;
  appended: number;
  wallMs: number;
  pageBusyMs: number;
  chars: number;
  /** Extension CPU, samples counted up to SAMPLE_CAP_US each (the figure judged). */
  cpuMs: number;
  /** The same with every sample's full duration, sampler gaps included (as in the scan table). */
  sampledMs: number;
  /** The median of the runs' capped CPU per KB added (the figure judged; not cpuMs / chars, which mixes runs). */
  cpuPerKbMs: number;
  /** Runs that appended this many paragraphs; every field is their median. */
  runs: number;
  rescans: number;
  highlightsAdded: number;
}

/** One append phase of the traced runs, three ways (medians): how far the sampled figures are from the CPU. */
export interface RescanCrossCheck {
  paragraphs: number;
  runs: number;
  onCpuMs: number;
  cappedMs: number;
  sampledMs: number;
}

export interface Section {
  list: string;
  termCount: number;
  size: string;
  htmlBytes: number;
  textChars: number;
  extension: AnnotatorFigures & {
    top: FunctionCost[];
    samples: number;
    longestRunMs: number;
    /** Median initial-scan CPU with each sample capped at SAMPLE_CAP_US, as the rescans are counted. */
    cappedMs: number;
  };
  minimal: AnnotatorFigures;
  mark: MarkFigures;
  /** One per traced run. */
  slices: { scan: SliceReport; rescan: SliceReport }[];
  /** Initial-scan CPU from thread times, one per traced run of each (see trace.threadCpu). */
  threadCpu: { extension: ThreadCpu[]; minimal: ThreadCpu[] };
  rescans: RescanSummary[];
  /** The traced runs' append phase, on-CPU next to sampled (null without traced append phases). */
  rescanCheck: RescanCrossCheck | null;
  /** The first append phase without the extension (null where not measured). */
  appendBaseline: AppendBaseline | null;
  /** Null where not measured (--scan-only). */
  hover: HoverLatencies | null;
  memory: { extensionBytes: number; minimalBytes: number } | null;
}

export function summariseExtension(runs: ExtensionRun[]): Section['extension'] {
  const middle = medianBy(runs, (run) => run.scan.cpu.cpuMs);
  return {
    cpuMs: median(runs.map((run) => run.scan.cpu.cpuMs)),
    cpuRunsMs: runs.map((run) => run.scan.cpu.cpuMs),
    cappedMs: median(runs.map((run) => run.scan.cpu.cappedMs)),
    gcMs: median(runs.map((run) => run.scan.cpu.gcMs)),
    wallMs: median(runs.map((run) => run.scan.wallMs)),
    highlights: median(runs.map((run) => run.scan.highlights)),
    runs: runs.length,
    samples: median(runs.map((run) => run.scan.cpu.samples)),
    longestRunMs: Math.max(...runs.map((run) => run.scan.cpu.longestRunMs)),
    top: middle?.scan.cpu.top ?? [],
  };
}

export function summariseBaseline(runs: BaselineRun[]): MarkFigures {
  const scale = (run: BaselineRun) => run.terms / Math.max(1, run.termsDone);
  const partial = runs.find((run) => run.termsDone < run.terms);
  return {
    cpuMs: median(runs.map((run) => run.cpu.cpuMs * scale(run))),
    cpuRunsMs: runs.map((run) => run.cpu.cpuMs * scale(run)),
    gcMs: median(runs.map((run) => run.cpu.gcMs * scale(run))),
    wallMs: median(runs.map((run) => run.wallMs * scale(run))),
    highlights: median(runs.map((run) => run.highlights)),
    runs: runs.length,
    ...(partial ? { extrapolatedFrom: { termsDone: partial.termsDone, terms: partial.terms } } : {}),
  };
}

/** Per append size, medians over the runs that appended. */
export function summariseRescans(runs: ExtensionRun[]): RescanSummary[] {
  const bySize = new Map<number, RescanFigures[]>();
  for (const run of runs) {
    for (const phase of run.rescans) {
      bySize.set(phase.paragraphs, [...(bySize.get(phase.paragraphs) ?? []), phase]);
    }
  }
  return [...bySize.entries()]
    .sort(([a], [b]) => a - b)
    .map(([paragraphs, phases]) => ({
      paragraphs,
      appended: median(phases.map((phase) => phase.appended)),
      wallMs: median(phases.map((phase) => phase.wallMs)),
      pageBusyMs: median(phases.map((phase) => phase.pageBusyMs)),
      chars: median(phases.map((phase) => phase.chars)),
      cpuMs: median(phases.map((phase) => phase.cpu.cappedMs)),
      sampledMs: median(phases.map((phase) => phase.cpu.cpuMs)),
      cpuPerKbMs: median(phases.map((phase) => phase.cpu.cappedMs / (phase.chars / 1024))),
      runs: phases.length,
      rescans: median(phases.map((phase) => phase.rescans)),
      highlightsAdded: median(phases.map((phase) => phase.highlightsAdded)),
    }));
}

/** The traced runs' append phases: on-CPU (thread times) next to the capped and the full sampled figures. */
export function rescanCrossCheck(runs: ExtensionRun[]): RescanCrossCheck | null {
  const phases = runs.flatMap((run) => run.rescans.filter((phase) => phase.threadCpu !== undefined));
  const first = phases[0];
  if (!first) {
    return null;
  }
  const same = phases.filter((phase) => phase.paragraphs === first.paragraphs);
  return {
    paragraphs: first.paragraphs,
    runs: same.length,
    onCpuMs: median(same.map((phase) => phase.threadCpu?.cpuMs ?? Number.NaN)),
    cappedMs: median(same.map((phase) => phase.cpu.cappedMs)),
    sampledMs: median(same.map((phase) => phase.cpu.cpuMs)),
  };
}
