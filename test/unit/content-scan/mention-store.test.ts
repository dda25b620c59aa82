// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  MentionRecord,
  MentionStore,
  type DropStep,
  type DroppedBlock,
} from '../../../src/content/scan/mention-store';
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

/** Runs a drop to its end, as the scanner does (without its pauses); the blocks it dropped. */
const drain = (steps: Iterable<DropStep>) => [...steps].filter((step): step is DroppedBlock => step !== null);

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
    const dropped = drain(store.dropStale(pass, (element) => element !== outOfScope.element));

    expect(dropped.map(({ element }) => element)).toEqual([unreached.element]);
    expect(dropped[0]?.mentions).toHaveLength(1);
    expect(store.inBlock(unreached.element)).toEqual([]);
    expect(store.size).toBe(3);
    expect(store.countsByKey()).toEqual({ k: 3 });
    // The block outside the scope keeps its mentions until its own root's pass ends.
    expect(store.inBlock(outOfScope.element)).toHaveLength(1);
    // A second call finds nothing more: dropping is not repeated.
    expect(drain(store.dropStale(pass, () => true)).map(({ element }) => element)).toEqual([
      outOfScope.element,
    ]);
    expect(store.size).toBe(2);
  });

  it('a block written by an older pass is stale for a newer one even when appended to', () => {
    document.body.innerHTML = '';
    const store = new MentionStore();
    const block = blockOf('Lazarus');
    store.replace(block.element, mentionsIn(block));
    const first = store.beginPass();
    store.append(block.element, mentionsIn(block));
    expect(drain(store.dropStale(first, () => true))).toEqual([]);
    const second = store.beginPass();
    expect(drain(store.dropStale(second, () => true))).toHaveLength(1);
    expect(store.size).toBe(0);
  });

  it('pauses every 256 blocks it looks at, and spares a block written while it paused', () => {
    document.body.innerHTML = '';
    const store = new MentionStore();
    const blocks = Array.from({ length: 600 }, (_, index) => blockOf(`Lazarus ${index}`));
    for (const block of blocks) {
      store.replace(block.element, mentionsIn(block));
    }
    const pass = store.beginPass();
    const steps = store.dropStale(pass, () => true);
    const seen: DropStep[] = [];
    for (const step of steps) {
      seen.push(step);
      if (step === null && seen.filter((each) => each === null).length === 1) {
        // The caller paused here: a rescan rewrites a block the drop has not reached yet.
        const late = blocks[500];
        if (late) {
          store.replace(late.element, mentionsIn(late));
        }
      }
    }
    expect(seen.filter((step) => step === null)).toHaveLength(2);
    expect(seen.indexOf(null)).toBe(256);
    expect(seen.filter((step) => step !== null)).toHaveLength(599);
    expect(store.size).toBe(1);
    expect(store.inBlock(blocks[500]?.element as Element)).toHaveLength(1);
  });
});
