// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { MentionRecord, MentionStore } from '../../../src/content/scan/mention-store';
import { collectBlocks } from '../../../src/content/text/index';
import type { WatchTerm } from '../../../src/shared/watch/types';

const TERM: WatchTerm = {
  id: 'a',
  text: 'Lazarus',
  groupIds: ['g'],
  caseSensitive: false,
  wholeWord: true,
  ambiguity: null,
};

function blockOf(text: string) {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
  const [block] = collectBlocks(paragraph);
  if (!block) {
    throw new Error('no block');
  }
  return block;
}

const mentionsIn = (block: ReturnType<typeof blockOf>) => [new MentionRecord(TERM, 'k', block, 0, 7)];

describe('MentionStore passes', () => {
  it('drops only the blocks no one wrote since the pass began, in the scope asked for', () => {
    document.body.innerHTML = '';
    const store = new MentionStore();
    const reached = blockOf('Lazarus, reached by the new pass');
    const unreached = blockOf('Lazarus, not reached');
    const rescanned = blockOf('Lazarus, written by a rescan during the pass');
    const outOfScope = blockOf('Lazarus, in another root');
    for (const block of [reached, unreached, rescanned, outOfScope]) {
      store.replace(block.element, mentionsIn(block));
    }
    expect(store.size).toBe(4);

    const pass = store.beginPass();
    store.replace(reached.element, mentionsIn(reached));
    // A rescan writes through replace too, with no pass of its own.
    store.replace(rescanned.element, mentionsIn(rescanned));
    const dropped = store.dropStale(pass, (element) => element !== outOfScope.element);

    expect(dropped.map(({ element }) => element)).toEqual([unreached.element]);
    expect(dropped[0]?.mentions).toHaveLength(1);
    expect(store.inBlock(unreached.element)).toEqual([]);
    expect(store.size).toBe(3);
    expect(store.countsByKey()).toEqual({ k: 3 });
    // The block outside the scope keeps its mentions until its own root's pass ends.
    expect(store.inBlock(outOfScope.element)).toHaveLength(1);
    // A second call finds nothing more: dropping is not repeated.
    expect(store.dropStale(pass, () => true).map(({ element }) => element)).toEqual([outOfScope.element]);
    expect(store.size).toBe(2);
  });

  it('a block written by an older pass is stale for a newer one even when appended to', () => {
    document.body.innerHTML = '';
    const store = new MentionStore();
    const block = blockOf('Lazarus');
    store.replace(block.element, mentionsIn(block));
    const first = store.beginPass();
    store.append(block.element, mentionsIn(block));
    expect(store.dropStale(first, () => true)).toEqual([]);
    const second = store.beginPass();
    expect(store.dropStale(second, () => true)).toHaveLength(1);
    expect(store.size).toBe(0);
  });
});
