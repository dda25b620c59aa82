import { describe, expect, it } from 'vitest';
import { compileWatchList } from '../../../src/background/state/watch-list';
import { highlightRules } from '../../../src/content/highlight/styles';
import { keyRepresentatives } from '../../../src/shared/watch/key-representatives';
import { termListOf } from '../../../src/shared/watch/term-list';
import type { WatchTerm } from '../../../src/shared/watch/types';

const term = (id: string, groupIds: string[], color?: string): WatchTerm => ({
  id,
  text: id,
  groupIds,
  caseSensitive: false,
  wholeWord: true,
  ambiguity: null,
  ...(color ? { color } : {}),
});

const terms: WatchTerm[] = [
  term('lazarus', ['g-lazarus']),
  term('apt38', ['g-lazarus']),
  term('kimsuky', ['g-kimsuky']),
  term('custom-a', [], '#ff0000'),
  term('custom-b', [], '#ff0000'),
  term('custom-c', [], '#00ff00'),
  term('custom-d', []),
];

describe('keyRepresentatives', () => {
  it('keeps the first term of each group and of each custom colour, in list order', () => {
    expect(keyRepresentatives(terms)).toEqual([0, 2, 3, 5, 6]);
  });

  it('is what the background sends with a compiled watch list', () => {
    const customTerms = ['one', 'two'].map((text, index) => ({
      id: `custom:${index}`,
      text,
      label: text,
      color: '#123456',
      caseSensitive: false,
      wholeWord: true,
      enabled: true,
      createdAt: '2026-01-01T00:00:00.000Z',
    }));
    const list = compileWatchList([], [], customTerms);
    expect(list.keyTerms).toEqual([0]);
  });
});

describe('highlightRules', () => {
  it('writes one rule per key, the same from the representatives as from every term', () => {
    const fromAll = highlightRules(termListOf(terms), 'background');
    const fromRepresentatives = highlightRules(termListOf(terms), 'background', keyRepresentatives(terms));
    expect([...fromRepresentatives]).toEqual([...fromAll]);
    expect([...fromAll.keys()]).toEqual([
      'nktl-g-g-lazarus',
      'nktl-g-g-kimsuky',
      'nktl-c-ff0000',
      'nktl-c-00ff00',
      'nktl-c-default',
      'nktl-current',
      'nktl-flash',
    ]);
    expect(fromAll.get('nktl-c-ff0000')).toContain('#ff000061');
  });

  it('ignores representatives that point past the list (a stale or damaged cache)', () => {
    const rules = highlightRules(termListOf(terms), 'underline', [2, 99, -1]);
    expect([...rules.keys()]).toEqual(['nktl-g-g-kimsuky', 'nktl-current', 'nktl-flash']);
  });
});
