import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { alias, custom, texts } from './helpers';

describe('case rules', () => {
  it('case-sensitive terms match only the exact case', () => {
    const matcher = compileMatcher([alias('ZINC', { caseSensitive: true })]);
    expect(matcher.find('ZINC')).toHaveLength(1);
    expect(matcher.find('zinc')).toEqual([]);
    expect(matcher.find('Zinc')).toEqual([]);
  });

  it('other terms match case-insensitively, Unicode-aware', () => {
    const matcher = compileMatcher([alias('BlueNoroff'), custom('Ärger Σίσυφος')]);
    const text = 'BLUENOROFF, bluenoroff, äRGER σίσυφοσ';
    expect(texts(text, matcher.find(text))).toEqual(['BLUENOROFF', 'bluenoroff', 'äRGER σίσυφοσ']);
  });
});

describe('spacing, hyphens, line breaks and invisible characters', () => {
  const matcher = compileMatcher([
    alias('Lazarus Group'),
    alias('APT38'),
    alias('TA444'),
    alias('Storm-1789'),
  ]);
  const find = (text: string): string[] => texts(text, matcher.find(text));

  it('matches internal spaces against any whitespace run or a dash', () => {
    for (const gap of [
      ' ',
      '  ',
      '\n',
      '\r\n',
      '\u00a0',
      '\u2009',
      '\u3000',
      '-',
      '\u2010',
      '\u2013',
      '\u2014',
    ]) {
      expect(find(`the Lazarus${gap}Group said`)).toEqual([`Lazarus${gap}Group`]);
    }
    expect(find('LazarusGroup')).toEqual([]);
  });

  it('allows a space or hyphen where letters meet digits', () => {
    expect(find('APT38 APT 38 APT-38 apt38')).toEqual(['APT38', 'APT 38', 'APT-38', 'apt38']);
    expect(find('TA 444 and TA-444')).toEqual(['TA 444', 'TA-444']);
  });

  it('lets a hyphen in a name match a space or nothing', () => {
    expect(find('Storm-1789, Storm 1789, Storm1789, Storm–1789')).toEqual([
      'Storm-1789',
      'Storm 1789',
      'Storm1789',
      'Storm–1789',
    ]);
  });

  it('ignores soft hyphens and zero-width characters inside a name, mapping offsets back', () => {
    for (const invisible of ['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']) {
      const text = `see Laz${invisible}arus Group now`;
      const [mention] = matcher.find(text);
      expect(mention).toBeDefined();
      expect(text.slice(mention!.start, mention!.end)).toBe(`Laz${invisible}arus Group`);
    }
    const text = '\u00adx APT\u200b38';
    expect(find(text)).toEqual(['APT\u200b38']);
  });

  it('treats curly and straight apostrophes as equal', () => {
    const apostrophes = compileMatcher([custom("Kim's Crew"), custom('O’Brien Team')]);
    const text = "Kim’s Crew met O'Brien Team";
    expect(texts(text, apostrophes.find(text))).toEqual(['Kim’s Crew', "O'Brien Team"]);
  });
});

describe('scale', () => {
  it('compiles 10,000 terms that share prefixes and finds them', () => {
    const terms = Array.from({ length: 10_000 }, (_, i) => custom(`Project Alpha ${i}`));
    const matcher = compileMatcher(terms);
    expect(matcher.termCount).toBe(10_000);
    const text = 'We saw Project Alpha 9999 and Project Alpha 12 but not Project Alpha 123456.';
    const found = matcher.find(text);
    expect(texts(text, found)).toEqual(['Project Alpha 9999', 'Project Alpha 12']);
    expect(found[0]?.term).toBe(terms[9999]);
  });
});
