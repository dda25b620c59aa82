import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/shared/matcher/index';
import { alias, texts } from './helpers';

const lazarus = alias('Lazarus', { ambiguity: 'surname' });
const zinc = alias('ZINC', { caseSensitive: true, ambiguity: 'chemical-element' });
const zincAnyCase = alias('Zinc', { ambiguity: 'chemical-element' });
const andariel = alias('Andariel', { ambiguity: 'fictional-character' });
const reaper = alias('Reaper', { ambiguity: 'common-word' });
const kimsuky = alias('Kimsuky');
const matcher = compileMatcher([lazarus, zinc, andariel, reaper, kimsuky]);
const find = (text: string, context?: string): string[] => texts(text, matcher.find(text, context));

describe('ambiguous aliases without corroboration', () => {
  it('are not mentions in ordinary prose', () => {
    expect(find('Emma Lazarus wrote the poem')).toEqual([]);
    expect(find('The Grim Reaper came for him.')).toEqual([]);
    expect(find('Andariel, the Maiden of Anguish in Diablo II')).toEqual([]);
    expect(find('Lazarus came back from the dead.')).toEqual([]);
    expect(find('He bought a new Reaper licence.')).toEqual([]);
  });

  it('zinc oxide is not ZINC, whatever the case rule', () => {
    expect(find('zinc oxide sunscreen')).toEqual([]);
    const anyCase = compileMatcher([zincAnyCase]);
    expect(anyCase.find('zinc oxide sunscreen')).toEqual([]);
    expect(anyCase.find('ZINC OXIDE, a hacker favourite?')).toEqual([]);
  });
});

describe('ambiguous aliases with corroboration', () => {
  it('are marked, with corroborated=true', () => {
    const text = 'Lazarus, the North Korean hacking group, struck again.';
    const [mention] = matcher.find(text);
    expect(mention?.term).toBe(lazarus);
    expect(mention?.corroborated).toBe(true);
    expect(find('Microsoft said ZINC, a North Korean actor')).toEqual(['ZINC']);
    expect(find('Reaper deployed new malware against journalists.')).toEqual(['Reaper']);
  });

  it('count a nearby unambiguous group name as corroboration', () => {
    expect(find('Andariel, a unit tied to Kimsuky operations, was named.')).toEqual(['Andariel', 'Kimsuky']);
  });

  it('use the caller context (e.g. the previous paragraph)', () => {
    const paragraph = 'Investigators said Lazarus moved the funds.';
    expect(find(paragraph)).toEqual([]);
    expect(find(paragraph, 'Report on North Korean hackers')).toEqual(['Lazarus']);
    expect(find(paragraph, 'A recipe for lemon cake')).toEqual([]);
  });

  it('let a negative cue near the alias veto weak evidence but not North Korea', () => {
    expect(find('In Diablo, Andariel drops loot; players call it a hack.')).toEqual([]);
    expect(find('Unlike the Diablo boss, Andariel is a North Korean group.')).toEqual(['Andariel']);
  });

  it('look only within a window around the alias', () => {
    const far = `North Korean hackers. ${'Plain words about the weather. '.repeat(40)}Then Lazarus said hello.`;
    expect(find(far)).toEqual([]);
  });

  it('do not corroborate each other', () => {
    expect(find('Lazarus met the Reaper.')).toEqual([]);
  });

  it('drop a rejected alias from between kept mentions, keeping their order', () => {
    const filler = 'Plain words about the weather. '.repeat(40);
    const text = `Kimsuky struck. ${filler}Emma Lazarus wrote a poem. ${filler}Andariel and Kimsuky again.`;
    expect(find(text)).toEqual(['Kimsuky', 'Andariel', 'Kimsuky']);
    const [first, second, third] = matcher.find(text);
    expect([first?.corroborated, second?.corroborated, third?.corroborated]).toEqual([false, true, false]);
    expect(third?.start).toBe(text.lastIndexOf('Kimsuky'));
  });

  it('judge each text by its own cues, not by those of the text before', () => {
    expect(find('North Korean hackers: Lazarus struck.')).toEqual(['Lazarus']);
    expect(find('Lemon cake recipes: Lazarus baked.')).toEqual([]);
    expect(
      matcher.findMany(
        ['North Korean hackers: Lazarus struck.', 'Lemon cake recipes: Lazarus baked.'],
        () => '',
      ),
    ).toEqual([[expect.objectContaining({ start: 22, end: 29 })], []]);
  });

  it('never reject unambiguous names', () => {
    expect(find('Kimsuky wrote the poem in Diablo')).toEqual(['Kimsuky']);
  });
});
