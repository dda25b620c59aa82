import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { alias, custom } from './helpers';

const matcher = compileMatcher([
  alias('Lazarus Group'),
  alias('Lazarus', { ambiguity: 'surname' }),
  alias('ZINC', { caseSensitive: true, ambiguity: 'chemical-element' }),
  alias('APT38'),
  alias('Kimsuky'),
  alias('라자루스'),
  custom('Dark Seoul'),
  custom('DarkSeoul'),
]);

const TEXTS = [
  'The Lazarus Group struck again.',
  'Lazarus',
  'Emma Lazarus wrote the poem.',
  '',
  'North Korean hackers, APT38 among them.',
  'Lazarus was blamed for the heist.',
  'zinc oxide and ZINC',
  '라자루스가 공격했다 and Kimsuky',
  'Dark Seoul or DarkSeoul, APT 38, Kim\u00adsuky',
  'Lazarus',
];
const contextOf = (index: number) => (index === 9 ? 'the DPRK hacking group' : TEXTS[index - 1]);

describe('findMany', () => {
  it('finds in many texts exactly what find finds in each, offsets relative to each text', () => {
    const many = matcher.findMany(TEXTS, contextOf);
    const one = TEXTS.map((text, index) => matcher.find(text, contextOf(index)));
    expect(many).toEqual(one);
    // A sanity check that the comparison is not vacuous.
    expect(one.flat().length).toBeGreaterThan(8);
    expect(many[9]?.[0]?.corroborated).toBe(true);
    expect(many[2]).toEqual([]);
  });

  it('asks for a text’s context only when an ambiguous alias needs it', () => {
    const asked: number[] = [];
    matcher.findMany(['Kimsuky and APT38', 'Lazarus alone', 'Lazarus, as Kimsuky says'], (index) => {
      asked.push(index);
      return undefined;
    });
    expect(asked).toEqual([1]);
  });
});
