import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { alias, custom, texts } from './helpers';

describe('compileMatcher basics', () => {
  it('finds names and reports offsets, term and corroborated=false', () => {
    const lazarus = alias('Lazarus Group');
    const matcher = compileMatcher([lazarus, alias('Kimsuky')]);
    const text = 'Both Lazarus Group and Kimsuky were named.';
    const mentions = matcher.find(text);
    expect(texts(text, mentions)).toEqual(['Lazarus Group', 'Kimsuky']);
    expect(mentions[0]).toMatchObject({ start: 5, end: 18, term: lazarus, corroborated: false });
    expect(matcher.termCount).toBe(2);
  });

  it('returns nothing for empty or whitespace-only text, and with no terms', () => {
    const matcher = compileMatcher([alias('Kimsuky')]);
    expect(matcher.find('')).toEqual([]);
    expect(matcher.find(' \n\t\u00a0 ')).toEqual([]);
    expect(compileMatcher([]).find('Kimsuky')).toEqual([]);
  });

  it('ignores empty and space-only terms', () => {
    const matcher = compileMatcher([alias(''), alias('   '), alias('\u200b'), alias('APT37')]);
    expect(matcher.termCount).toBe(1);
    expect(texts('APT37 and  ', matcher.find('APT37 and  '))).toEqual(['APT37']);
  });

  it('prefers the longest match at a position', () => {
    const matcher = compileMatcher([alias('Lazarus'), alias('Lazarus Group')]);
    const text = 'the Lazarus Group, then Lazarus alone, then Lazarus Groupies';
    const found = matcher.find(text);
    expect(texts(text, found)).toEqual(['Lazarus Group', 'Lazarus', 'Lazarus']);
  });

  it('returns non-overlapping mentions sorted by start', () => {
    const matcher = compileMatcher([alias('Diamond Sleet'), alias('Sleet Storm'), alias('Storm-1789')]);
    const text = 'Diamond Sleet Storm-1789';
    const found = matcher.find(text);
    expect(texts(text, found)).toEqual(['Diamond Sleet', 'Storm-1789']);
    for (let i = 1; i < found.length; i++) {
      expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('at equal length prefers dataset terms over custom ones, then case-sensitive ones', () => {
    const customTerm = custom('Konni');
    const datasetTerm = alias('Konni');
    expect(compileMatcher([customTerm, datasetTerm]).find('Konni')[0]?.term).toBe(datasetTerm);
    const loose = custom('ACME');
    const exact = custom('ACME', { caseSensitive: true });
    expect(compileMatcher([loose, exact]).find('ACME')[0]?.term).toBe(exact);
    expect(compileMatcher([loose, exact]).find('acme')[0]?.term).toBe(loose);
  });

  it('keeps the first of duplicate terms', () => {
    const first = alias('Andariel');
    const second = alias('Andariel');
    const matcher = compileMatcher([first, second]);
    expect(matcher.termCount).toBe(2);
    expect(matcher.find('Andariel struck')[0]?.term).toBe(first);
  });

  it('tells apart names that differ only in spacing, at every occurrence', () => {
    const spaced = alias('Trader Traitor');
    const joined = alias('TraderTraitor');
    const matcher = compileMatcher([spaced, joined]);
    const text = 'TraderTraitor, then Trader Traitor, then TraderTraitor and trader-traitor.';
    // Each spelling is resolved once and remembered: the answers must not stick to the first one.
    const terms = matcher.find(text).map((mention) => mention.term);
    expect(terms).toEqual([joined, spaced, joined, spaced]);
  });

  it('treats regex metacharacters in terms literally', () => {
    const matcher = compileMatcher([
      custom('C++'),
      custom('(foo)'),
      custom('a.b*'),
      custom('x|y'),
      custom('[z]'),
    ]);
    const text = 'C++ and (foo) and a.b* and x|y and [z]; not ab or aXb or x or foo';
    expect(texts(text, matcher.find(text))).toEqual(['C++', '(foo)', 'a.b*', 'x|y', '[z]']);
  });

  it('custom terms use the same engine', () => {
    const term = custom('Operation Blue Owl');
    const text = 'Analysts tracked Operation\nBlue-Owl for months.';
    expect(compileMatcher([term]).find(text)[0]?.term).toBe(term);
  });
});
