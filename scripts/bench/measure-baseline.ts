import type { BrowserContext } from 'playwright-core';
import { attribute, startProfiler, stopProfiler, type Attribution } from './cpu-profile';
import { SCRIPTS } from './fixtures';
import { textLength } from './page-probes';
import { startTracing, threadCpu, type ThreadCpu } from './trace';

/**
 * A baseline annotator on the same article, in the browser without the
 * extension: load the page, hand the script its terms, profile from its
 * injection until it reports done.
 */

export type BaselineKind = 'minimal' | 'mark';

export interface BaselineRun {
  cpu: Attribution;
  /** The script's own start-to-done time, ms. */
  wallMs: number;
  highlights: number;
  textChars: number;
  /** mark.js only: how many terms it got through within its budget. */
  termsDone: number;
  terms: number;
  /** Traced runs: its CPU from thread times (see trace.threadCpu). */
  threadCpu?: ThreadCpu;
}

export async function runBaseline(
  context: BrowserContext,
  origin: string,
  articlePath: string,
  kind: BaselineKind,
  terms: readonly string[],
  options: { budgetMs?: number; trace?: boolean } = {},
): Promise<BaselineRun> {
  const { budgetMs, trace = false } = options;
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${articlePath}`, { timeout: 120_000 });
    if (kind === 'mark') {
      // The library is loaded before profiling: only its marking is measured.
      await page.addScriptTag({ url: SCRIPTS.markLibrary });
    }
    await page.evaluate(
      ({ list, budget }) => {
        (window as unknown as Record<string, unknown>).__nktlBench = { terms: list, budgetMs: budget };
      },
      { list: [...terms], budget: budgetMs ?? 0 },
    );
    const session = await context.newCDPSession(page);
    const scriptUrls = kind === 'minimal' ? [SCRIPTS.minimal] : [SCRIPTS.markLibrary, SCRIPTS.markRunner];
    const owns = (url: string) => scriptUrls.some((path) => url === `${origin}${path}`);
    const tracer = trace ? await startTracing(session) : null;
    await startProfiler(session);
    await page.addScriptTag({ url: kind === 'minimal' ? SCRIPTS.minimal : SCRIPTS.markRunner });
    await page.waitForFunction(
      () => (window as unknown as Record<string, unknown>).__nktlBenchDone !== undefined,
      null,
      {
        timeout: 600_000,
        polling: 200,
      },
    );
    const profile = await stopProfiler(session);
    const events = tracer ? await tracer.stop() : null;
    const done = await page.evaluate(
      () =>
        (window as unknown as { __nktlBenchDone: { count: number; ms: number; termsDone?: number } })
          .__nktlBenchDone,
    );
    await session.detach();
    const cpu = attribute(profile, owns);
    return {
      ...(events ? { threadCpu: threadCpu(events, cpu.timeline) } : {}),
      cpu,
      wallMs: done.ms,
      highlights: done.count,
      textChars: await textLength(page),
      termsDone: done.termsDone ?? terms.length,
      terms: terms.length,
    };
  } finally {
    await page.close();
  }
}

export interface AppendBaseline {
  paragraphs: number;
  appended: number;
  /** Everything the page's main thread did while appending (JS, style, layout, paint), ms. */
  pageBusyMs: number;
}

/**
 * The same append phase in the browser without the extension: what the
 * page's own work costs, so the extension's phase can be read against it
 * (the page is busy for seconds laying out a 5 MB article that keeps growing).
 */
export async function runAppendBaseline(
  context: BrowserContext,
  origin: string,
  articlePath: string,
  paragraphs: readonly string[],
  capMs: number,
): Promise<AppendBaseline> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${articlePath}`, { timeout: 120_000 });
    await page.evaluate((list) => {
      (window as unknown as Record<string, unknown>).__nktlBench = { paragraphs: list };
    }, paragraphs);
    const session = await context.newCDPSession(page);
    await startProfiler(session);
    const deadline = Date.now() + capMs;
    await page.addScriptTag({ url: SCRIPTS.appender });
    await page.waitForFunction(
      (stopAt) => {
        const scope = window as unknown as Record<string, unknown>;
        if (Date.now() > stopAt) {
          scope.__nktlBenchStop = true;
        }
        return scope.__nktlBenchAppended !== undefined;
      },
      deadline,
      { timeout: capMs + 60_000, polling: 200 },
    );
    const profile = await stopProfiler(session);
    await session.detach();
    const done = await page.evaluate(
      () => (window as unknown as { __nktlBenchAppended: { count: number } }).__nktlBenchAppended,
    );
    return {
      paragraphs: paragraphs.length,
      appended: done.count,
      pageBusyMs: attribute(profile, () => true).busyMs,
    };
  } finally {
    await page.close();
  }
}
