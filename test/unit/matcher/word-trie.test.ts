import { describe, expect, it } from 'vitest';
import {
  buildStream,
  buildTrieStream,
  termEntries,
  type Entry,
  type Stream,
} from '../../../src/shared/matcher/entries';
import { scan } from '../../../src/shared/matcher/scan';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { foldUnit, isTrieName, WordTrieBuilder } from '../../../src/shared/matcher/word-trie';
import { alias, custom } from './helpers';
import { termListOf } from '../../../src/shared/watch/term-list';

/**
 * The word trie must find exactly what the combined regex finds for the same
 * names: same spans, same entries. Both engines are built over the same
 * entries and run on generated texts that put the names in every context the
 * boundary, spacing, apostrophe, case and particle rules care about.
 */

const NAMES = [
  'Lazarus',
  'Lazarus Group',
  'APT38',
  'APT3',
  'APT33',
  'APT 37',
  'TA444',
  'Stardust Chollima',
  'Trader-Traitor',
  'TraderTraitor',
  'Dark Seoul',
  'DarkSeoul',
  "Kim's Hackers",
  'Bureau 121',
  'Temp.Hermit',
  'D.P.R.K.',
  'NewRomanic Cyber Army Team',
  'Operation Dream Job',
  'Σίγμα',
  'Ñandú Team',
  '라자루스',
  '라자루스 그룹',
  '김수키',
  '금성121',
  'anchorloader v3.3.353',
  'crimson-otter42.io',
];

function runUntilDone<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) {
      return step.value;
    }
  }
}

function engines(caseSensitive: boolean): { regex: Stream; trie: Stream; entries: Entry[] } {
  const terms = NAMES.map((name, index) =>
    index % 3 === 0 ? custom(name, { caseSensitive }) : alias(name, { caseSensitive }),
  );
  const entries = termEntries(termListOf(terms));
  expect(entries.every((entry) => entry.name.startRule === 'word' && isTrieName(entry.name))).toBe(true);
  const regex = buildStream(entries, !caseSensitive);
  if (!regex) {
    throw new Error('no regex stream');
  }
  return { regex, trie: runUntilDone(buildTrieStream(entries, !caseSensitive)), entries };
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BEFORE = ['', ' ', 'x', '9', '_', 'é', '日', '블', '(', '"', '\n', '-', "'", '\u00a0', '𝐀'];
const AFTER = [
  '',
  ' ',
  'x',
  '0',
  '_',
  'é',
  's',
  '가',
  '에서는',
  '그룹의',
  '입니다',
  '.',
  ',',
  "'s",
  '\u0301',
  '𝐀',
];
const SEPARATORS = [' ', '  ', '-', '\u2013', '\n  ', '\u00a0', ' - ', ''];
const APOSTROPHES = ["'", '\u2019', '\u02bc'];

/** A name as a writer might type it: case changed, separators and apostrophes varied. */
function variant(name: string, pick: () => number): string {
  let out = '';
  for (const ch of name) {
    if (ch === ' ' || ch === '-') {
      out += SEPARATORS[Math.floor(pick() * SEPARATORS.length)];
    } else if (ch === "'") {
      out += APOSTROPHES[Math.floor(pick() * APOSTROPHES.length)];
    } else {
      const roll = pick();
      out += roll < 0.15 ? ch.toUpperCase() : roll < 0.3 ? ch.toLowerCase() : ch;
    }
  }
  return out;
}

function generatedTexts(count: number): string[] {
  const pick = random(7);
  const choose = <T>(list: readonly T[]): T => list[Math.floor(pick() * list.length)] as T;
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let part = 0; part < 6; part++) {
      text += choose(BEFORE) + variant(choose(NAMES), pick) + choose(AFTER) + (pick() < 0.5 ? ' and ' : '');
    }
    texts.push(text);
  }
  return texts;
}

const found = (text: string, stream: Stream) =>
  scan(text, [stream]).map((match) => `${match.start}-${match.end}:${match.entry.order}`);

describe('word trie', () => {
  for (const caseSensitive of [false, true]) {
    it(`finds what the combined regex finds (${caseSensitive ? 'case-sensitive' : 'case-insensitive'})`, () => {
      const { regex, trie } = engines(caseSensitive);
      let total = 0;
      for (const text of generatedTexts(600)) {
        const expected = found(text, regex);
        total += expected.length;
        expect(found(text, trie), JSON.stringify(text)).toEqual(expected);
      }
      // The texts really exercise it: of 3,600 planted names about a fifth pass
      // the boundary, case and spacing rules (700 and 330 when this was written).
      expect(total).toBeGreaterThan(caseSensitive ? 250 : 500);
    });
  }

  it('with case-sensitive names folded in, finds what a regex per case rule finds', () => {
    // Every other name case-sensitive, and a few that differ only in case from a case-insensitive one.
    const terms = [...NAMES, 'ZINC', 'Zinc Oxide Team', 'LAZARUS'].map((name, index) =>
      alias(name, { caseSensitive: index % 2 === 1 || name === 'ZINC' || name === 'LAZARUS' }),
    );
    const entries = termEntries(termListOf(terms));
    const insensitive = buildStream(
      entries.filter((entry) => !entry.caseSensitive),
      true,
    );
    const sensitive = buildStream(
      entries.filter((entry) => entry.caseSensitive),
      false,
    );
    const trie = runUntilDone(buildTrieStream(entries, true));
    let total = 0;
    for (const text of [
      ...generatedTexts(400),
      'ZINC zinc Zinc oxide team ZINC OXIDE TEAM LAZARUS Lazarus',
    ]) {
      const both = scan(text, [insensitive!, sensitive!]).map((m) => `${m.start}-${m.end}:${m.entry.order}`);
      total += both.length;
      expect(found(text, trie), JSON.stringify(text)).toEqual(both);
    }
    // 373 when this was written: the texts exercise both case rules.
    expect(total).toBeGreaterThan(250);
  });

  it('builds the same trie when its tables must grow past the edges it was told to expect', () => {
    const { trie, entries } = engines(false);
    // Told to expect one edge: the hash table and the per-node arrays grow many times over.
    const builder = new WordTrieBuilder(entries, true, (a, b) => a.order - b.order, 1);
    entries.forEach((_, index) => builder.add(index));
    const grown: Stream = { kind: 'trie', trie: runUntilDone(builder.freeze()), entries };
    if (trie.kind !== 'trie' || grown.kind !== 'trie') {
      throw new Error('not tries');
    }
    for (const field of ['rootChild', 'edgeStart', 'edgeKey', 'edgeChild', 'endStart', 'endEntry'] as const) {
      expect([...grown.trie[field]], field).toEqual([...trie.trie[field]]);
    }
    for (const text of generatedTexts(100)) {
      expect(found(text, grown)).toEqual(found(text, trie));
    }
  });

  it('takes the longest name whose end rule holds, and a gap as a run of spaces and dashes', () => {
    const { trie, entries } = engines(false);
    const orderOf = (name: string) => entries.find((entry) => entry.term?.text === name)?.order;
    const text = 'the Lazarus  --  Group and Lazarus Groupies, APT3 APT33 APT380 apt-37';
    expect(found(text, trie)).toEqual([
      `4-22:${orderOf('Lazarus Group')}`,
      `27-34:${orderOf('Lazarus')}`,
      `45-49:${orderOf('APT3')}`,
      `50-55:${orderOf('APT33')}`,
      `63-69:${orderOf('APT 37')}`,
    ]);
  });

  it('folds case the way the regex i and u flags do', () => {
    expect(foldUnit('Σ'.charCodeAt(0))).toBe(foldUnit('ς'.charCodeAt(0)));
    expect(foldUnit('ſ'.charCodeAt(0))).toBe('s'.charCodeAt(0));
    expect(foldUnit('K'.charCodeAt(0))).toBe('k'.charCodeAt(0));
    expect(foldUnit('ı'.charCodeAt(0))).not.toBe('i'.charCodeAt(0));
    expect(new RegExp('ı', 'iu').test('i')).toBe(false);
  });

  it('serves a long watch list through the matcher, beside the regex for substring terms', () => {
    const many = Array.from({ length: 600 }, (_, index) => custom(`Implant${index}x`));
    const matcher = compileMatcher([
      ...many,
      alias('Lazarus', { ambiguity: 'surname' }),
      custom('zaru', { wholeWord: false }),
      alias('ZINC', { caseSensitive: true }),
    ]);
    const text =
      'Implant7x and implant599X hit; Implant7xy and xImplant7x did not. Lazarus hackers, bazaruk, ZINC zinc.';
    const found = matcher.find(text).map((mention) => text.slice(mention.start, mention.end));
    // Lazarus, the longer match at the leftmost start, hides the 'zaru' inside it.
    expect(found).toEqual(['Implant7x', 'implant599X', 'Lazarus', 'zaru', 'ZINC']);
  });

  it('finds with its start finder exactly what walking every position finds', () => {
    for (const caseSensitive of [false, true]) {
      const { trie } = engines(caseSensitive);
      if (trie.kind !== 'trie' || !trie.trie.startFinder) {
        throw new Error('expected a trie with a start finder');
      }
      const walked: Stream = { ...trie, trie: { ...trie.trie, startFinder: null } };
      const odd = [
        "ſtardust chollima, \u212Aim's Hackers, ΣΊΓΜΑ and σίγμα, éLazarus, ĳAPT38, 한라자루스, 북한 라자루스가",
        '\u00adLazarus _APT38 9TA444 ·APT38 «Lazarus» Lazarus',
      ].map((text) => JSON.parse(`"${text}"`) as string);
      let total = 0;
      for (const text of [...generatedTexts(300), ...odd]) {
        const expected = found(text, walked);
        total += expected.length;
        expect(found(text, trie), JSON.stringify(text)).toEqual(expected);
      }
      expect(total).toBeGreaterThan(caseSensitive ? 120 : 250);
    }
  });

  it('has no start finder past its prefix limit, and still finds every name by walking', () => {
    // Names whose first three units all differ: 26 * 26 * 26 prefixes, more than the finder takes.
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const names = [...letters].flatMap((a) =>
      [...letters].flatMap((b) => [...letters].map((c) => `${a}${b}${c}q`)),
    );
    const entries = termEntries(termListOf(names.map((name) => custom(name))));
    const stream = runUntilDone(buildTrieStream(entries, true));
    expect(stream.trie.startFinder).toBeNull();
    expect(found('xyzq and abcq, not abcqq', stream).length).toBe(2);
  });

  it('leaves names outside the Basic Multilingual Plane, or with many optional gaps, to the regex', () => {
    const [astral, gappy, plain] = termEntries(
      termListOf([alias('𝐀PT'), alias('a1b2c3d4e5f6'), alias('APT38')]),
    );
    expect(isTrieName(astral!.name)).toBe(false);
    expect(isTrieName(gappy!.name)).toBe(false);
    expect(isTrieName(plain!.name)).toBe(true);
  });
});
