import { describe, expect, it } from 'vitest';
import { compileMatcher, compileMatcherInSlices, precompileNames } from '../../../src/shared/matcher/index';
import {
  packTerms,
  PackedTermList,
  unpackTerms,
  type UnpackedTerms,
} from '../../../src/shared/watch/packed-terms';
import { allTerms, termListOf, type TermList } from '../../../src/shared/watch/term-list';
import type { WatchTerm } from '../../../src/shared/watch/types';
import { alias, custom, texts } from '../matcher/helpers';

/** Terms with every field filled or left out, and texts that would trip a separator or an escape. */
const awkward: WatchTerm[] = [
  alias('Lazarus', { groupIds: ['g-lazarus', 'g "quoted", \\ and ]'], ambiguity: 'surname' }),
  alias('라자루스', { caseSensitive: true }),
  custom('Operation "Dream" Job', { label: 'Dream job', color: '#ff0000' }),
  custom('🐉 dragon\u0000nul', { wholeWord: false }),
  custom('', { label: '' }),
  custom('Kimsuky', { color: '#00ff00' }),
];

/** Packs `terms` into runs of `perRun`, as the bootstrap cache does. */
function packedList(
  terms: readonly WatchTerm[],
  perRun: number,
  names: (string | null)[] | null,
): PackedTermList {
  const runs: UnpackedTerms[] = [];
  for (let from = 0; from < terms.length; from += perRun) {
    const packed = packTerms(terms.slice(from, from + perRun), names?.slice(from, from + perRun) ?? null);
    runs.push(unpackTerms(JSON.parse(JSON.stringify(packed))) ?? fail('packed terms refused'));
  }
  return PackedTermList.of(runs);
}

function fieldsOf(list: TermList, index: number) {
  return [
    list.textAt(index),
    list.caseSensitiveAt(index),
    list.wholeWordAt(index),
    list.isCustomAt(index),
    list.isAmbiguousAt(index),
    list.encodedNameAt(index),
  ];
}

describe('packed watch terms', () => {
  it('give back every term exactly, across runs, with the same fields as the terms themselves', () => {
    const names = precompileNames(awkward);
    const packed = packedList(awkward, 4, names);
    const plain = termListOf(awkward, names);
    expect(packed.length).toBe(awkward.length);
    expect(allTerms(packed)).toEqual(awkward);
    awkward.forEach((_, index) =>
      expect(fieldsOf(packed, index), `term ${index}`).toEqual(fieldsOf(plain, index)),
    );
  });

  it('make each term object once, on first ask', () => {
    const packed = packedList(awkward, 2, null);
    expect(packed.at(3)).toBe(packed.at(3));
    expect(packed.at(3)).not.toBe(packed.at(2));
  });

  it('carry no names where the list had none, and none when read without them', () => {
    expect(packedList(awkward, 10, null).encodedNameAt(0)).toBeUndefined();
    const named = packedList(awkward, 10, precompileNames(awkward));
    expect(named.encodedNameAt(0)).toEqual(expect.any(String));
    expect(named.withoutNames().encodedNameAt(0)).toBeUndefined();
    expect(named.withoutNames().at(0)).toEqual(awkward[0]);
  });

  it('give a term whose stored group list is damaged no groups, rather than throw', () => {
    const packed = packTerms([alias('Andariel', { groupIds: ['g-andariel'] })], null);
    const groups = '["g-andariel"]';
    const damaged = { ...packed, strings: packed.strings.replace(groups, groups.replace(']', '}')) };
    const run = unpackTerms(damaged) ?? fail('damaged lengths');
    expect(PackedTermList.of([run]).at(0).groupIds).toEqual([]);
  });

  it('refuse positions outside the list', () => {
    const packed = packedList(awkward, 4, null);
    expect(() => packed.at(awkward.length)).toThrow(RangeError);
    expect(() => packed.textAt(-1)).toThrow(RangeError);
  });

  it('are read back only in their own shape, with lengths that fit their strings', () => {
    const good = packTerms(awkward, null);
    expect(unpackTerms(good)).not.toBeNull();
    const damaged: unknown[] = [
      { ...good, count: good.count + 1 },
      { ...good, strings: `${good.strings}x` },
      { ...good, lengths: good.lengths.map((length) => length - 1) },
      { ...good, lengths: good.lengths.map((length, slot) => (slot === 3 ? 1.5 : length)) },
      { ...good, flags: good.flags.map(String) },
      { ...good, withNames: 'yes' },
      awkward,
      null,
    ];
    for (const value of damaged) {
      expect(unpackTerms(value)).toBeNull();
    }
  });

  it('compile to a matcher that finds what the terms as objects find, and makes objects only for matched terms', async () => {
    const terms = [
      ...Array.from({ length: 1_200 }, (_, index) => custom(`Implant ${index}`)),
      alias('Andariel'),
    ];
    const names = precompileNames(terms);
    const packed = packedList(terms, 500, names);
    const made: number[] = [];
    const watched: TermList = { ...bound(packed), at: (index) => (made.push(index), packed.at(index)) };
    const matcher = await compileMatcherInSlices(watched, {}, async () => {});
    const text = 'Andariel dropped Implant 7 and Implant 1199, not Implant 12000.';
    const found = matcher.find(text);
    expect(texts(text, found)).toEqual(texts(text, compileMatcher(terms, { names }).find(text)));
    expect(found.map((mention) => mention.term)).toEqual([terms[1_200], terms[7], terms[1_199]]);
    expect(new Set(made)).toEqual(new Set([7, 1_199, 1_200]));
  });
});

function fail(message: string): never {
  throw new Error(message);
}

/** `list`'s methods bound to it, so they can be spread into a wrapper. */
function bound(list: PackedTermList): TermList {
  return {
    length: list.length,
    at: (index) => list.at(index),
    textAt: (index) => list.textAt(index),
    caseSensitiveAt: (index) => list.caseSensitiveAt(index),
    wholeWordAt: (index) => list.wholeWordAt(index),
    isCustomAt: (index) => list.isCustomAt(index),
    isAmbiguousAt: (index) => list.isAmbiguousAt(index),
    encodedNameAt: (index) => list.encodedNameAt(index),
  };
}
