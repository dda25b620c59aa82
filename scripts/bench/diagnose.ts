/**
 * `npx tsx scripts/bench/diagnose.ts [--size 5MB] [--list custom] [--dist DIR] [--runs 3] [--heap]` —
 * where the extension's initial scan spends CPU (self and inclusive, per
 * source function), what it allocates (V8's sampling heap profiler, with
 * --heap) and the garbage collections on the page's main thread, on the
 * bench's generated article. For working on the bench's figures: it prints
 * no verdicts and measures no baseline (`npm run bench` names what its
 * longest task held).
 */
import { rmSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { startFixtureServer } from '../lib/fixture-server';
import { importWatchList, launchExtensionBrowser, openScanned } from './browsers';
import { forEachMeasuredLoad } from './measured-loads';
import { startProfiler, stopProfiler, type Profile, type ProfileNode } from './cpu-profile';
import { writeFixtures } from './fixtures';
import { waitForSettled } from './page-probes';
import { describeFrame } from './report';
import { rendererMainThreads, startTracing } from './trace';
import { benchArticleTerms, CUSTOM_LIST_SIZE, customTerms } from './terms';
import { articleBytesFlag, customListFlag, flag } from './cli';

const bytes = articleBytesFlag();
const runs = Number(flag('--runs') ?? 3);
/** The sampling heap profiler slows the page: off unless asked for. */
const withHeap = process.argv.includes('--heap');

const fixtures = writeFixtures([{ label: 'x', bytes }], benchArticleTerms());
const server = await startFixtureServer(fixtures.dir);
const extension = await launchExtensionBrowser(flag('--dist'));
if (customListFlag()) {
  await importWatchList(extension, customTerms(CUSTOM_LIST_SIZE));
}
const owns = (url: string) => url.startsWith('chrome-extension://');

const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const allocations = new Map<string, number>();
let total = 0;

function addProfile(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) {
    for (const c of n.children ?? []) {
      parent.set(c, n.id);
    }
  }
  let previousOwned = false;
  for (let i = 0; i < profile.samples.length; i++) {
    const dur = (profile.timeDeltas[i + 1] ?? 100) / 1000;
    const node = byId.get(profile.samples[i]!);
    if (!node) {
      continue;
    }
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
      stack.push(byId.get(id)!);
    }
    const gc = node.callFrame.functionName === '(garbage collector)';
    const owned: boolean = gc ? previousOwned : stack.some((n) => owns(n.callFrame.url));
    previousOwned = owned;
    if (!owned) {
      continue;
    }
    total += dur;
    const key = describeFrame(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + dur);
    const seen = new Set<string>();
    for (const n of stack) {
      if (!n.callFrame.url) {
        continue;
      }
      const k = describeFrame(n.callFrame);
      if (seen.has(k)) {
        continue;
      }
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dur);
    }
  }
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}
let heapOwned = 0;
let heapOther = 0;
const heapOtherTop = new Map<string, number>();
function addHeap(node: HeapNode, path: string[], top = '') {
  const here = node.callFrame.url ? describeFrame(node.callFrame) : node.callFrame.functionName;
  const ownerPath = node.callFrame.url && owns(node.callFrame.url) ? [...path, here] : path;
  const topFrame = top || (node.callFrame.url ? here : '');
  if (node.selfSize > 0) {
    if (ownerPath.length > 0) {
      heapOwned += node.selfSize;
    } else {
      heapOther += node.selfSize;
      const key = `${topFrame || '(no JS frame)'} -> ${here}`;
      heapOtherTop.set(key, (heapOtherTop.get(key) ?? 0) + node.selfSize);
    }
  }
  if (node.selfSize > 0 && ownerPath.length > 0) {
    const key = `${ownerPath.at(-1)}${node.callFrame.url ? '' : ` -> ${here}`}`;
    allocations.set(key, (allocations.get(key) ?? 0) + node.selfSize);
  }
  for (const child of node.children) {
    addHeap(child, ownerPath, topFrame);
  }
}

async function once(session: CDPSession, path: string, page: Page) {
  if (withHeap) {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
  await startProfiler(session);
  await page.goto(`${server.origin}${path}`, { timeout: 120_000 });
  await waitForSettled(page, 'nktl-', (s) => s.scanCompletes > 0);
  addProfile(await stopProfiler(session));
  if (withHeap) {
    const { profile } = (await session.send('HeapProfiler.stopSampling')) as unknown as {
      profile: { head: HeapNode };
    };
    addHeap(profile.head, []);
  }
}

try {
  const path = fixtures.articles.get('x')!;
  await forEachMeasuredLoad(
    extension.context,
    `${server.origin}/blank.html`,
    `${server.origin}${path}`,
    runs,
    (page, session) => once(session, path, page),
  );
  {
    // One traced load: the garbage collections on the page's main thread.
    const page = await openScanned(extension.context, `${server.origin}/blank.html`);
    const session = await extension.context.newCDPSession(page);
    const tracer = await startTracing(session);
    await page.goto(`${server.origin}${path}`, { timeout: 120_000 });
    await waitForSettled(page, 'nktl-', (s) => s.scanCompletes > 0);
    const events = await tracer.stop();
    const main = rendererMainThreads(events);
    const gcs = new Map<string, { count: number; ms: number; max: number }>();
    for (const e of events) {
      if (
        e.ph !== 'X' ||
        !main.has(`${e.pid}:${e.tid}`) ||
        !/^(MinorGC|MajorGC|V8.GC_MC_INCREMENTAL|V8.GC_SCAVENGER)$/.test(e.name)
      ) {
        continue;
      }
      const g = gcs.get(e.name) ?? { count: 0, ms: 0, max: 0 };
      g.count++;
      g.ms += (e.dur ?? 0) / 1000;
      g.max = Math.max(g.max, (e.dur ?? 0) / 1000);
      gcs.set(e.name, g);
    }
    console.log('\n== GC on the page main thread (one traced load)');
    for (const [name, g] of gcs) {
      console.log(`${name}: ${g.count} events, ${g.ms.toFixed(1)} ms, max ${g.max.toFixed(1)} ms`);
    }
    await page.close();
  }
  const print = (title: string, map: Map<string, number>, unit: (v: number) => string, n = 40) => {
    console.log(`\n== ${title}`);
    for (const [k, v] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${unit(v).padStart(10)}  ${k}`);
    }
  };
  console.log(`extension CPU per run: ${(total / Math.max(1, runs)).toFixed(1)} ms`);
  const perRun = (v: number) => `${(v / Math.max(1, runs)).toFixed(1)} ms`;
  print('self time per run', self, perRun);
  print('inclusive time per run', inclusive, perRun, 50);
  const mb = (v: number) => `${(v / Math.max(1, runs) / 1e6).toFixed(2)} MB`;
  console.log(`\nheap allocated per run: extension ${mb(heapOwned)}, other ${mb(heapOther)}`);
  print('allocated outside extension frames', heapOtherTop, mb, 10);
  print('allocated per run (sampled)', allocations, mb, 40);
} finally {
  await extension.context.close();
  await server.close();
  rmSync(fixtures.dir, { recursive: true, force: true });
}
