import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  precompileNames,
  precompilePatterns,
  precompilePhraseNames,
  precompileStartFinders,
} from '../../../src/shared/matcher';
import { decodeName, encodeName } from '../../../src/shared/matcher/name-codec';
import { tokenizeName } from '../../../src/shared/matcher/tokens';
import type { WatchTerm } from '../../../src/shared/watch/types';

const term = (id: string, text: string, extra: Partial<WatchTerm> = {}): WatchTerm => ({
  id,
  text,
  groupIds: ['g'],
  caseSensitive: false,
  wholeWord: true,
  ambiguity: null,
  ...extra,
});

const TERMS: WatchTerm[] = [
  term('a', 'Lazarus Group'),
  term('b', 'Lazarus', { ambiguity: 'surname' }),
  term('c', 'APT38'),
  term('d', 'ZINC', { caseSensitive: true, ambiguity: 'chemical-element' }),
  term('e', '라자루스'),
  term('f', 'custom phrase', { groupIds: [], wholeWord: false }),
];

const TEXTS = [
  'The Lazarus Group and APT 38 struck; North Korean hackers again.',
  'Emma Lazarus wrote a poem. zinc oxide. Microsoft said ZINC, a North Korean actor.',
  '국내 보안업계는 라자루스가 배후라고 밝혔다. xcustom phrasey',
];

describe('precompiled patterns', () => {
  it('give a matcher that finds exactly what a freshly compiled one finds', () => {
    const patterns = precompilePatterns(TERMS);
    expect(patterns.length).toBeGreaterThan(0);
    const fresh = compileMatcher(TERMS);
    const replayed = compileMatcher(TERMS, { patterns });
    for (const text of TEXTS) {
      const strip = (found: ReturnType<typeof fresh.find>) =>
        found.map(({ start, end, term: t, corroborated }) => [start, end, t.id, corroborated]);
      expect(strip(replayed.find(text, 'context')), text).toEqual(strip(fresh.find(text, 'context')));
      expect(fresh.find(text).length).toBeGreaterThan(0);
    }
  });

  it('are what the replaying matcher uses (a doctored source changes what it finds)', () => {
    // A substring term: names that start words are matched by the word trie, which takes no pattern.
    const substring = [term('f', 'custom phrase', { groupIds: [], wholeWord: false })];
    const patterns = precompilePatterns(substring);
    expect(patterns.length).toBeGreaterThan(0);
    const doctored = patterns.map((source) => source.replace(/custom/gi, 'xyz'));
    expect(compileMatcher(substring, { patterns }).find('a custom phrase here')).toHaveLength(1);
    expect(compileMatcher(substring, { patterns: doctored }).find('a custom phrase here')).toEqual([]);
  });

  it('names tokenized elsewhere give the same matcher, and round-trip exactly', () => {
    const names = precompileNames(TERMS);
    expect(names.every((name) => typeof name === 'string')).toBe(true);
    for (const item of TERMS) {
      const tokenized = tokenizeName(item.text, item.caseSensitive, item.wholeWord);
      const decoded = decodeName(encodeName(tokenized));
      expect(
        decoded && { tokens: decoded.tokens, startRule: decoded.startRule, endRule: decoded.endRule },
      ).toEqual(tokenized);
    }
    const fresh = compileMatcher(TERMS);
    const replayed = compileMatcher(TERMS, { patterns: precompilePatterns(TERMS), names });
    const plain = (found: ReturnType<typeof fresh.find>) =>
      found.map(({ start, end, term: t, corroborated }) => ({ start, end, term: t, corroborated }));
    for (const text of TEXTS) {
      expect(plain(replayed.find(text, 'context'))).toEqual(plain(fresh.find(text, 'context')));
    }
  });

  it('are what the matcher uses, and a list for other terms is ignored', () => {
    const [apt] = precompileNames([term('c', 'APT38')]);
    const doctored = (apt ?? '').replace('apt', 'xyz');
    expect(compileMatcher([term('c', 'APT38')], { names: [doctored] }).find('xyz38 here')).toHaveLength(1);
    expect(compileMatcher([term('c', 'APT38')], { names: [doctored, null] }).find('APT38 here')).toHaveLength(
      1,
    );
    expect(decodeName('garbage')).toBeNull();
    expect(encodeName(tokenizeName('odd\u0001name', false, true))).toBeNull();
  });

  it('start finders built elsewhere give the same matcher, and are what it uses', () => {
    const finders = precompileStartFinders(TERMS);
    // The terms' trie and the context cues' trie, each with a finder.
    expect(finders.length).toBe(2);
    expect(finders.every((source) => typeof source === 'string')).toBe(true);
    const fresh = compileMatcher(TERMS);
    const replayed = compileMatcher(TERMS, { startFinders: finders });
    const plain = (found: ReturnType<typeof fresh.find>) =>
      found.map(({ start, end, term: t, corroborated }) => [start, end, t.id, corroborated]);
    for (const text of TEXTS) {
      expect(plain(replayed.find(text, 'context')), text).toEqual(plain(fresh.find(text, 'context')));
    }

    const apt = [term('c', 'APT38')];
    const [own] = precompileStartFinders(apt);
    expect(compileMatcher(apt, { startFinders: [own ?? null] }).find('APT38 here')).toHaveLength(1);
    // A finder that never matches finds nothing: the replayed source is the one used.
    expect(compileMatcher(apt, { startFinders: ['(?!)'] }).find('APT38 here')).toEqual([]);
    // None replayed (a trie too big for a finder): the walk visits every position and still finds it.
    expect(compileMatcher(apt, { startFinders: [null] }).find('APT38 here')).toHaveLength(1);
  });

  it('phrase names (cues, other meanings) tokenized elsewhere give the same matcher, and are what it uses', () => {
    const phraseNames = precompilePhraseNames();
    expect(phraseNames.cues.length).toBeGreaterThan(20);
    expect(phraseNames.otherMeanings.length).toBeGreaterThan(3);
    const fresh = compileMatcher(TERMS);
    const replayed = compileMatcher(TERMS, { phraseNames });
    const plain = (found: ReturnType<typeof fresh.find>) =>
      found.map(({ start, end, term: t, corroborated }) => [start, end, t.id, corroborated]);
    for (const text of TEXTS) {
      expect(plain(replayed.find(text, 'context')), text).toEqual(plain(fresh.find(text, 'context')));
    }

    // "Lazarus" counts here only because the cues find North Korea in its context.
    const report = 'Lazarus struck again, North Korean hackers said.';
    const lazarusIn = (matcher: typeof fresh) => matcher.find(report, '').filter((m) => m.term.id === 'b');
    expect(lazarusIn(replayed)).toHaveLength(1);
    const doctored = { ...phraseNames, cues: phraseNames.cues.map(() => 'wwxyzzy') };
    expect(lazarusIn(compileMatcher(TERMS, { phraseNames: doctored }))).toEqual([]);
    // A list of another length (another build's phrases) is tokenized again instead.
    const shorter = { ...doctored, cues: doctored.cues.slice(1) };
    expect(lazarusIn(compileMatcher(TERMS, { phraseNames: shorter }))).toHaveLength(1);
  });
});
