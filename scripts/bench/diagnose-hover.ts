/**
 * `npx tsx scripts/bench/diagnose-hover.ts [--size 5MB] [--hovers 12]` —
 * where the hover-to-card time goes, on the bench's generated article, with
 * the bench's own hover steps (hover.ts). It prints:
 *   - each hover's latency to the card-open mark and to the end of its frame;
 *   - the extension's CPU samples inside pointermove dispatches, by function;
 *   - for each frame task that held a hover: wall and on-CPU time and the
 *     trace events inside it, and what any long Layout or long call of our
 *     listener held (Blink's own trace events: hit tests, scroll anchoring,
 *     text shaping).
 * For working on the bench's hover figure; it prints no verdicts.
 * NKTL_DIST selects the build, as for the bench.
 */
import { rmSync } from 'node:fs';
import { startFixtureServer } from '../lib/fixture-server';
import { launchExtensionBrowser, openScanned } from './browsers';
import { attribute, startProfiler, stopProfiler } from './cpu-profile';
import { writeFixtures } from './fixtures';
import { hoverLatencies } from './hover';
import { describeFrame } from './report';
import { datasetAliasNames } from './terms';
import { rendererMainThreads, startTracing, TASK_NAMES, type TraceEvent } from './trace';
import { articleBytesFlag, flag } from './cli';

const bytes = articleBytesFlag();
const hovers = Number(flag('--hovers') ?? 12);
/** Blink's finer trace events, to see inside Layout and hit tests. */
const DETAIL_CATEGORIES = ['blink', 'disabled-by-default-blink.debug.layout', 'blink.user_timing'];

type Timed = TraceEvent & { dur: number; tdur?: number };

const fixtures = writeFixtures([{ label: 'x', bytes }], { aliases: datasetAliasNames(), custom: [] });
const server = await startFixtureServer(fixtures.dir);
const extension = await launchExtensionBrowser(process.env.NKTL_DIST);
const ms = (us: number) => (us / 1000).toFixed(1);
const within = (outer: Timed, event: Timed) =>
  event !== outer &&
  event.pid === outer.pid &&
  event.tid === outer.tid &&
  event.ts >= outer.ts &&
  event.ts + event.dur <= outer.ts + outer.dur;

try {
  const page = await openScanned(extension.context, `${server.origin}${fixtures.articles.get('x')!}`);
  const session = await extension.context.newCDPSession(page);
  const tracer = await startTracing(session, DETAIL_CATEGORIES);
  await startProfiler(session);
  const latencies = await hoverLatencies(page, hovers);
  const profile = await stopProfiler(session);
  const traced = await tracer.stop();

  const main = rendererMainThreads(traced);
  const events = traced.filter(
    (e): e is Timed => e.ph === 'X' && e.dur !== undefined && main.has(`${e.pid}:${e.tid}`),
  );
  const moves = events.filter(
    (e) => e.name === 'EventDispatch' && (e.args?.data as { type?: string })?.type === 'pointermove',
  );
  const fixed = (values: number[]) => values.map((value) => value.toFixed(1)).join(' ');
  console.log(`to the card-open mark, ms:   ${fixed(latencies.fromDispatch)}`);
  console.log(`to the end of its frame, ms: ${fixed(latencies.toFrameEnd)}`);

  const attribution = attribute(profile, (url) => url.startsWith('chrome-extension://'));
  const inMoves = attribution.owned.filter((sample) =>
    moves.some((move) => sample.ts >= move.ts && sample.ts <= move.ts + move.dur),
  );
  const self = new Map<string, number>();
  for (const sample of inMoves) {
    const key = describeFrame(sample.frame);
    self.set(key, (self.get(key) ?? 0) + sample.dur / 1000);
  }
  const total = inMoves.reduce((sum, sample) => sum + sample.dur / 1000, 0);
  console.log(`\nextension samples inside pointermove dispatches: ${total.toFixed(1)} ms`);
  for (const [key, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
    console.log(`${value.toFixed(1).padStart(8)}  ${key}`);
  }

  console.log('\nframes that held a pointermove reaching our listener:');
  for (const move of moves) {
    const task = events.find((e) => TASK_NAMES.has(e.name) && within(e, move));
    const listener = events.find(
      (e) =>
        e.name === 'FunctionCall' &&
        within(move, e) &&
        String((e.args?.data as { url?: string })?.url).startsWith('chrome-extension://'),
    );
    if (!task || !listener) {
      continue;
    }
    const inside = events.filter((e) => within(task, e));
    const byName = new Map<string, { ms: number; count: number }>();
    for (const e of inside) {
      const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
      entry.ms += e.dur / 1000;
      entry.count += 1;
      byName.set(e.name, entry);
    }
    const parts = [...byName]
      .filter(([name]) => !TASK_NAMES.has(name))
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, 8)
      .map(([name, v]) => `${name} ${v.ms.toFixed(1)}${v.count > 1 ? `x${v.count}` : ''}`);
    const opened = traced.find(
      (e) => e.name === 'nktl:card-open' && e.ts >= task.ts && e.ts <= task.ts + task.dur,
    );
    const openedAt = opened ? `card-open mark at +${ms(opened.ts - move.ts)} ms from the dispatch; ` : '';
    console.log(
      `${openedAt}task ${ms(task.dur)} ms wall, ${ms(task.tdur ?? 0)} ms on-CPU; our listener ${ms(listener.dur)} ms: ${parts.join(', ')}`,
    );
    if (opened && opened.ts - move.ts > listener.dur + 2000) {
      const before = traced
        .filter(
          (e) =>
            e.pid === move.pid &&
            e.tid === move.tid &&
            e.ts >= move.ts &&
            e.ts < listener.ts &&
            (e.dur ?? 0) > 100,
        )
        .map((e) => `${e.name} +${ms(e.ts - move.ts)} ${ms(e.dur ?? 0)}`);
      console.log(`  before our listener: ${before.join(', ')}`);
    }
    for (const long of inside.filter((e) => (e.name === 'Layout' || e === listener) && e.dur > 2000)) {
      const held = inside.filter((e) => within(long, e) && e.dur > 300).map((e) => `${e.name} ${ms(e.dur)}`);
      console.log(`  ${long.name} ${ms(long.dur)} ms held: ${held.join(', ') || '(no finer events)'}`);
    }
  }
} finally {
  await extension.context.close();
  await server.close();
  rmSync(fixtures.dir, { recursive: true, force: true });
}
