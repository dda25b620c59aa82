/**
 * Node benchmark of the matcher (run: npx tsx scripts/bench/matcher-node.ts).
 *
 * Generates ~1 MB and ~5 MB of article-like text with thousands of mentions
 * and times, side by side in one run:
 * - `find`: our compileMatcher(...).find(text);
 * - `flat regex`: the minimal annotator, one case-insensitive alternation of
 *   the escaped terms (longest first), collecting every match;
 * - `aho-corasick`: a typed-array Aho-Corasick over case-folded char codes
 *   (no spacing variants, no boundaries): a floor for any automaton.
 * It prints medians and ratios; it asserts nothing (timings vary by machine).
 * Node's V8 is older than Chromium's and runs regexes relatively faster: the
 * choice of engine (see compileMatcher) was made on the browser bench.
 */
import { compileMatcher } from '../../src/shared/matcher/index';
import type { WatchTerm } from '../../src/shared/watch/types';

const DATASET_NAMES = [
  'Lazarus Group',
  'Lazarus',
  'HIDDEN COBRA',
  'Guardians of Peace',
  'ZINC',
  'Diamond Sleet',
  'Labyrinth Chollima',
  'NICKEL ACADEMY',
  'APT38',
  'BlueNoroff',
  'Sapphire Sleet',
  'Stardust Chollima',
  'BeagleBoyz',
  'TA444',
  'Andariel',
  'Onyx Sleet',
  'Silent Chollima',
  'PLUTONIUM',
  'Stonefly',
  'APT45',
  'Kimsuky',
  'Emerald Sleet',
  'THALLIUM',
  'Velvet Chollima',
  'Black Banshee',
  'APT43',
  'TA427',
  'Springtail',
  'ScarCruft',
  'APT37',
  'Reaper',
  'Ricochet Chollima',
  'InkySquid',
  'Group123',
  'Moonstone Sleet',
  'Storm-1789',
  'Jade Sleet',
  'TraderTraitor',
  'UNC4899',
  'Citrine Sleet',
  'AppleJeus',
  'Famous Chollima',
  'UNC5267',
  'Wagemole',
  'Contagious Interview',
  'Operation Dream Job',
  'Operation AppleJeus',
  'Konni',
  'Opal Sleet',
  'Higaisa',
  'Bureau 121',
  'Unit 180',
  'Temp.Hermit',
  'Whois Hacking Team',
  'NewRomanic Cyber Army Team',
  '라자루스',
  '김수키',
  '안다리엘',
  'Gleaming Pisces',
  'Jumpy Pisces',
];
const AMBIGUOUS: Record<string, WatchTerm['ambiguity']> = {
  Lazarus: 'surname',
  ZINC: 'chemical-element',
  PLUTONIUM: 'chemical-element',
  THALLIUM: 'chemical-element',
  Andariel: 'fictional-character',
  Reaper: 'common-word',
};
const CASE_SENSITIVE = new Set(['ZINC', 'PLUTONIUM', 'THALLIUM']);

function datasetTerms(): WatchTerm[] {
  return DATASET_NAMES.map((text, i) => ({
    id: `g${i}:${text}`,
    text,
    groupIds: [`group-${i % 12}`],
    caseSensitive: CASE_SENSITIVE.has(text),
    wholeWord: true,
    ambiguity: AMBIGUOUS[text] ?? null,
  }));
}

/** Deterministic pseudo-random numbers, so runs are comparable. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'xe',
  'zo',
  'qua',
  'bri',
  'dor',
  'fen',
  'gal',
];

/** 10,000 custom terms that share prefixes ("Project Kalo 12", "Project Kalomi 7", ...). */
function customTerms(count: number): WatchTerm[] {
  const random = rng(42);
  const seen = new Set<string>();
  const terms: WatchTerm[] = [];
  while (terms.length < count) {
    const prefix = ['Project', 'Operation', 'Campaign', 'Actor', 'Cluster'][Math.floor(random() * 5)];
    let word = '';
    const syllables = 2 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) {
      word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    }
    const text = `${prefix} ${word[0]?.toUpperCase()}${word.slice(1)} ${Math.floor(random() * 100)}`;
    if (!seen.has(text)) {
      seen.add(text);
      terms.push({
        id: `custom:${terms.length}`,
        text,
        groupIds: [],
        caseSensitive: false,
        wholeWord: true,
        ambiguity: null,
      });
    }
  }
  return terms;
}

const FILLER =
  'the report said that investigators traced the stolen funds through several exchanges while analysts ' +
  'noted that the attackers reused infrastructure from earlier campaigns and that victims in finance and ' +
  'defence were targeted with fake job offers delivered over social media and email in many countries';
const FILLER_WORDS = FILLER.split(' ');

/** Article-like text: sentences of ordinary words, one term in roughly every third sentence. */
function article(size: number, terms: readonly WatchTerm[], seed: number): { text: string; planted: number } {
  const random = rng(seed);
  const parts: string[] = [];
  let length = 0;
  let planted = 0;
  while (length < size) {
    const words: string[] = [];
    const count = 8 + Math.floor(random() * 14);
    for (let i = 0; i < count; i++) {
      words.push(FILLER_WORDS[Math.floor(random() * FILLER_WORDS.length)] ?? 'the');
    }
    if (random() < 0.35) {
      const term = terms[Math.floor(random() * terms.length)];
      if (term) {
        words.splice(Math.floor(random() * words.length), 0, term.text);
        planted++;
      }
    }
    const sentence = `${words.join(' ')}. `;
    parts.push(random() < 0.1 ? `${sentence}\n\n` : sentence);
    length += sentence.length;
  }
  return { text: parts.join(''), planted };
}

function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/** The minimal annotator: one combined case-insensitive regex, longest terms first. */
function flatRegexFinder(terms: readonly WatchTerm[]): (text: string) => number {
  const sorted = [...terms].sort((a, b) => b.text.length - a.text.length);
  const regex = new RegExp(sorted.map((term) => escapeRegex(term.text)).join('|'), 'gi');
  return (text) => {
    let count = 0;
    regex.lastIndex = 0;
    const found: number[] = [];
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      found.push(match.index, match.index + match[0].length);
      count++;
    }
    return count;
  };
}

/** Aho-Corasick over lower-cased UTF-16 code units, transitions in a Map per state. */
function ahoCorasickFinder(terms: readonly WatchTerm[]): (text: string) => number {
  const goto: Map<number, number>[] = [new Map()];
  const output = [0];
  const fail = [0];
  for (const term of terms) {
    const folded = term.text.toLowerCase();
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let next = goto[state]?.get(code);
      if (next === undefined) {
        next = goto.length;
        goto.push(new Map());
        output.push(0);
        fail.push(0);
        goto[state]?.set(code, next);
      }
      state = next;
    }
    output[state] = folded.length;
  }
  const queue: number[] = [];
  for (const child of goto[0]?.values() ?? []) {
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [code, child] of goto[state] ?? []) {
      queue.push(child);
      let f = fail[state] ?? 0;
      while (f !== 0 && !goto[f]?.has(code)) {
        f = fail[f] ?? 0;
      }
      const target = goto[f]?.get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      if (!output[child]) {
        output[child] = output[fail[child] ?? 0] ?? 0;
      }
    }
  }
  const failArray = Int32Array.from(fail);
  const outputArray = Int32Array.from(output);
  const lower = new Uint16Array(65536);
  for (let code = 0; code < 65536; code++) {
    const folded = String.fromCharCode(code).toLowerCase();
    lower[code] = folded.length === 1 ? folded.charCodeAt(0) : code;
  }
  return (text) => {
    let state = 0;
    let count = 0;
    for (let i = 0; i < text.length; i++) {
      const code = lower[text.charCodeAt(i)] ?? 0;
      let next = goto[state]?.get(code);
      while (next === undefined && state !== 0) {
        state = failArray[state] ?? 0;
        next = goto[state]?.get(code);
      }
      state = next ?? 0;
      if (outputArray[state]) {
        count++;
      }
    }
    return count;
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function once(run: () => number): { ms: number; found: number } {
  const started = performance.now();
  const found = run();
  return { ms: performance.now() - started, found };
}

/**
 * Runs the contenders interleaved (A B C, A B C, ...) after warm-up runs, so
 * that load from other processes hits them alike; reports each one's median
 * and the median of the per-round ratios.
 */
function compare(label: string, terms: readonly WatchTerm[], size: number, rounds: number): void {
  const startedCompile = performance.now();
  const matcher = compileMatcher(terms);
  const compileMs = performance.now() - startedCompile;
  const flat = flatRegexFinder(terms);
  const aho = ahoCorasickFinder(terms);
  const { text, planted } = article(size, terms, size);
  const contenders = {
    find: () => matcher.find(text).length,
    flat: () => flat(text),
    aho: () => aho(text),
  };
  for (let i = 0; i < 3; i++) {
    Object.values(contenders).forEach((run) => run());
  }
  const ms = { find: [] as number[], flat: [] as number[], aho: [] as number[] };
  const found = { find: 0, flat: 0, aho: 0 };
  const ratioFlat: number[] = [];
  const ratioAho: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const name of ['find', 'flat', 'aho'] as const) {
      const result = once(contenders[name]);
      ms[name].push(result.ms);
      found[name] = result.found;
    }
    ratioFlat.push((ms.find.at(-1) ?? 0) / (ms.flat.at(-1) ?? 1));
    ratioAho.push((ms.find.at(-1) ?? 0) / (ms.aho.at(-1) ?? 1));
  }
  const mb = (text.length / 1e6).toFixed(1);
  console.log(
    `${label.padEnd(24)} ${mb} MB, ${planted} planted | ` +
      `find ${median(ms.find).toFixed(1)} ms (${found.find} mentions) | ` +
      `flat regex ${median(ms.flat).toFixed(1)} ms (${found.flat}) | ` +
      `aho-corasick ${median(ms.aho).toFixed(1)} ms (${found.aho} hits) | ` +
      `find/flat ${median(ratioFlat).toFixed(2)}x, find/aho ${median(ratioAho).toFixed(2)}x | ` +
      `compile ${compileMs.toFixed(0)} ms`,
  );
}

const dataset = datasetTerms();
const custom = customTerms(10_000);
for (const size of [1_000_000, 5_000_000]) {
  compare(`${dataset.length} dataset terms`, dataset, size, size > 2e6 ? 9 : 15);
  compare('10,000 custom + dataset', [...dataset, ...custom], size, size > 2e6 ? 5 : 9);
}
