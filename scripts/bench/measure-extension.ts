import type { CDPSession, Page } from 'playwright-core';
import { openScanned, type ExtensionBrowser } from './browsers';
import { attribute, startProfiler, stopProfiler, type Attribution, type Profile } from './cpu-profile';
import { SCRIPTS } from './fixtures';
import { readState, textLength, waitForSettled } from './page-probes';
import {
  extensionSlices,
  startTracing,
  threadCpu,
  type SliceReport,
  type ThreadCpu,
  type Tracer,
} from './trace';

/**
 * The extension's side of a run: one fresh tab per run, CPU-profiled from
 * navigation until its scan settles, then through each append phase.
 */

export interface ScanFigures {
  cpu: Attribution;
  /** Navigation start to the last nktl:scan-complete mark, ms. */
  wallMs: number;
  /** Mentions found (the extension registers highlight ranges only near the viewport). */
  highlights: number;
  textChars: number;
}

export interface RescanFigures {
  /** Paragraphs asked for; `appended` may be fewer when the phase hit its time cap. */
  paragraphs: number;
  appended: number;
  /** Wall time of the phase (first append until the extension was quiet), ms. */
  wallMs: number;
  /** Everything the page's main thread did in the phase (JS, style, layout, paint), ms. */
  pageBusyMs: number;
  chars: number;
  cpu: Attribution;
  /** Traced runs: the phase's CPU from thread times, as a cross-check of the sampled figures (see trace.threadCpu). */
  threadCpu?: ThreadCpu;
  rescans: number;
  highlightsAdded: number;
}

export interface ExtensionRun {
  scan: ScanFigures;
  rescans: RescanFigures[];
  slices?: { scan: SliceReport; rescan: SliceReport };
  /** Traced runs: the initial scan's CPU from thread times (see trace.threadCpu). */
  threadCpu?: ThreadCpu;
  page: Page;
}

const PREFIX = 'nktl-';
/**
 * An append phase stops adding paragraphs after this long. Appends run on
 * 5 ms timers, so they take ~6 s unless the page's main thread is saturated;
 * the cap keeps the bench bounded and the report says how far it got.
 */
export const APPEND_CAP_MS = 60_000;

export async function runExtension(
  browser: ExtensionBrowser,
  origin: string,
  articlePath: string,
  options: { append: { paragraphs: string[] }[]; trace: boolean },
): Promise<ExtensionRun> {
  const owns = (url: string) => url.startsWith(`chrome-extension://${browser.extensionId}/`);
  // A same-origin page first: the profiler is per renderer, and a navigation
  // within the origin keeps the renderer (and the profiler running in it).
  // The CDP session is opened only after it has loaded: attached to the
  // initial about:blank, it kept the content script from starting.
  const page = await openScanned(browser.context, `${origin}/blank.html`);
  const session = await browser.context.newCDPSession(page);

  const tracer: Tracer | null = options.trace ? await startTracing(session) : null;
  await startProfiler(session);
  await page.goto(`${origin}${articlePath}`, { timeout: 120_000 });
  const settled = await waitForSettled(page, PREFIX, (state) => state.scanCompletes > 0);
  const scanProfile = await stopProfiler(session);
  const scan: ScanFigures = {
    cpu: attribute(scanProfile, owns),
    wallMs: await page.evaluate(
      () => performance.getEntriesByName('nktl:scan-complete').at(-1)?.startTime ?? NaN,
    ),
    highlights: settled.mentions,
    textChars: await textLength(page),
  };

  const rescans: RescanFigures[] = [];
  const rescanProfiles: Profile[] = [];
  for (const phase of options.append) {
    const { figures, profile } = await appendPhase(page, session, phase.paragraphs, owns);
    rescans.push(figures);
    rescanProfiles.push(profile);
  }
  let slices: ExtensionRun['slices'];
  let scanThreadCpu: ThreadCpu | undefined;
  if (tracer) {
    const events = await tracer.stop();
    scanThreadCpu = threadCpu(events, scan.cpu.timeline);
    for (const phase of rescans) {
      phase.threadCpu = threadCpu(events, phase.cpu.timeline);
    }
    slices = {
      scan: extensionSlices(events, scan.cpu.owned),
      rescan: extensionSlices(
        events,
        rescanProfiles.flatMap((profile) => attribute(profile, owns).owned),
      ),
    };
  }
  await session.detach();
  return {
    scan,
    rescans,
    page,
    ...(slices ? { slices } : {}),
    ...(scanThreadCpu ? { threadCpu: scanThreadCpu } : {}),
  };
}

/** The page appends paragraphs one by one; the profile covers everything until the extension is quiet again. */
async function appendPhase(
  page: Page,
  session: CDPSession,
  paragraphs: string[],
  owns: (url: string) => boolean,
): Promise<{ figures: RescanFigures; profile: Profile }> {
  const before = await readState(page, PREFIX);
  await page.evaluate((list) => {
    const scope = window as unknown as Record<string, unknown>;
    scope.__nktlBench = { paragraphs: list };
    delete scope.__nktlBenchAppended;
    delete scope.__nktlBenchStop;
  }, paragraphs);
  await startProfiler(session);
  const started = Date.now();
  await page.addScriptTag({ url: SCRIPTS.appender });
  const appended = () =>
    page.evaluate((deadline) => {
      const scope = window as unknown as Record<string, unknown>;
      if (Date.now() > deadline) {
        scope.__nktlBenchStop = true;
      }
      return Boolean(scope.__nktlBenchAppended);
    }, started + APPEND_CAP_MS);
  const after = await waitForSettled(page, PREFIX, () => true, { extra: appended });
  const wallMs = Date.now() - started;
  const profile = await stopProfiler(session);
  const done = await page.evaluate(
    () =>
      (window as unknown as { __nktlBenchAppended: { count: number; chars: number } }).__nktlBenchAppended,
  );
  return {
    profile,
    figures: {
      paragraphs: paragraphs.length,
      appended: done.count,
      wallMs,
      pageBusyMs: attribute(profile, () => true).busyMs,
      chars: done.chars,
      cpu: attribute(profile, owns),
      rescans: after.rescans - before.rescans,
      highlightsAdded: after.mentions - before.mentions,
    },
  };
}
