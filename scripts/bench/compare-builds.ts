/**
 * `npx tsx scripts/bench/compare-builds.ts DIR_A DIR_B [--runs 8] [--size 5MB] [--list custom] [--longest | --on-cpu]`
 * — two builds of the extension (e.g. `NKTL_OUT_DIR=/tmp/a npm run build`
 * before a change and /tmp/b after it) on the bench's generated article, each
 * in its own browser, their initial scans interleaved run by run so that the
 * shared machine's noise falls on both. Prints each build's CPU per run, the
 * medians and B's median over A's: for deciding whether a change pays,
 * where the full bench's run-to-run spread hides a tenth either way.
 *
 * --longest traces each load as the bench does and compares the longest
 * extension slice instead (its median per build), the figure whose spread
 * from one run to the next is widest and which most needs the interleaving.
 * A slice is the extension's span within one task, as the bench judges it
 * (see SliceReport.longestSpanMs); the A/Bs before 2026-12-03 compared the
 * longest task holding any extension code, the page's rendering work in
 * such a task included.
 * Each build's median GC (collections right after its samples) is printed too.
 * --on-cpu traces too and compares the on-CPU time the bench judges (its
 * tasks' thread time, shared out by the samples; see threadCpu), which a
 * change in how the work is scheduled can move apart from the sampled CPU.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../lib/fixture-server';
import { importWatchList, launchExtensionBrowser } from './browsers';
import { writeFixtures } from './fixtures';
import { runExtension, type ExtensionRun } from './measure-extension';
import { median } from './stats';
import { benchArticleTerms, CUSTOM_LIST_SIZE, customTerms } from './terms';
import { articleBytesFlag, customListFlag, flag } from './cli';

const [dirA, dirB] = process.argv
  .slice(2)
  .filter((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));
if (!dirA || !dirB) {
  throw new Error(
    'usage: compare-builds.ts DIR_A DIR_B [--runs N] [--size 1MB|5MB] [--list custom] [--longest | --on-cpu]',
  );
}
const runs = Number(flag('--runs') ?? 8);
const longest = process.argv.includes('--longest');
const onCpu = process.argv.includes('--on-cpu');
const unit = longest ? 'ms longest slice' : onCpu ? 'ms on-CPU' : 'ms CPU';

/** The figure compared: the longest traced slice, the traced on-CPU time, or the sampled CPU. */
function figureOf(result: ExtensionRun): number {
  if (longest) {
    return result.slices?.scan.longestSpanMs ?? Number.NaN;
  }
  return onCpu ? (result.threadCpu?.cpuMs ?? Number.NaN) : result.scan.cpu.cpuMs;
}
const bytes = articleBytesFlag();

const fixtures = writeFixtures([{ label: 'x', bytes }], benchArticleTerms());
const path = fixtures.articles.get('x') ?? '';
const server = await startFixtureServer(fixtures.dir);
/** One build in its own browser, with the figures gathered from its loads. */
async function openBuild(name: string, dir: string) {
  const browser = await launchExtensionBrowser(resolve(dir));
  return { name, browser, values: [] as number[], gcMs: [] as number[], mentions: 0 };
}
const builds = [await openBuild('A', dirA), await openBuild('B', dirB)];
try {
  if (customListFlag()) {
    for (const build of builds) {
      await importWatchList(build.browser, customTerms(CUSTOM_LIST_SIZE));
    }
  }
  for (const build of builds) {
    // One uncounted load each: the first page a browser loads pays one-off costs.
    await (await runExtension(build.browser, server.origin, path, { append: [], trace: false })).page.close();
  }
  for (let run = 0; run < runs; run++) {
    // Alternate which build goes first, so neither always follows the other.
    for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
      const result = await runExtension(build.browser, server.origin, path, {
        append: [],
        trace: longest || onCpu,
      });
      build.values.push(figureOf(result));
      build.gcMs.push(result.scan.cpu.gcMs);
      build.mentions = result.scan.highlights;
      await result.page.close();
    }
    console.error(
      `run ${run + 1}/${runs}: A ${builds[0]!.values.at(-1)!.toFixed(1)} ms, B ${builds[1]!.values.at(-1)!.toFixed(1)} ms`,
    );
  }
  for (const build of builds) {
    console.log(
      `${build.name}: median ${median(build.values).toFixed(1)} ${unit} (${build.values.map((ms) => ms.toFixed(1)).join(', ')}), GC after its samples ${median(build.gcMs).toFixed(1)} ms (median), ${build.mentions} mentions`,
    );
  }
  console.log(`B / A: ${(median(builds[1]!.values) / median(builds[0]!.values)).toFixed(2)}x`);
} finally {
  for (const build of builds) {
    await build.browser.context.close();
  }
  await server.close();
  rmSync(fixtures.dir, { recursive: true, force: true });
}
