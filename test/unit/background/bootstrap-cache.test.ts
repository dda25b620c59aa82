import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, it } from 'vitest';
import { browserPorts } from '../../../src/background/ports';
import { cachedBootstrap } from '../../../src/content/boot/load-bootstrap';
import {
  BOOTSTRAP_CACHE_KEY,
  TERMS_PER_CHUNK,
  assembleBootstrap,
  splitBootstrap,
  termChunkKey,
} from '../../../src/shared/bootstrap-cache';
import type { ContentBootstrap } from '../../../src/shared/views/state-views';
import type { WatchTerm } from '../../../src/shared/watch/types';

function bootstrapWith(count: number, revision = `r${count}`): ContentBootstrap {
  const terms: WatchTerm[] = Array.from({ length: count }, (_, index) => ({
    id: `custom:${index}`,
    text: `Implant ${index}`,
    groupIds: [],
    caseSensitive: false,
    wholeWord: true,
    ambiguity: null,
  }));
  return {
    revision,
    siteRules: [],
    settings: {} as ContentBootstrap['settings'],
    cards: {},
    watchList: {
      revision: `w-${revision}`,
      terms,
      names: terms.map((term) => `ww${term.text}`),
      patterns: ['p'],
      patternsBuiltBy: 'v',
    },
  };
}

const storedKeys = async () => Object.keys(await browser.storage.local.get(null)).sort();

describe('bootstrap in chunks', () => {
  beforeEach(async () => {
    await browser.storage.local.clear();
  });

  it('splits the terms into chunks and puts them back together exactly', () => {
    const whole = bootstrapWith(TERMS_PER_CHUNK * 2 + 34);
    const { head, chunks } = splitBootstrap(whole);
    expect(chunks.map((chunk) => chunk.terms.length)).toEqual([TERMS_PER_CHUNK, TERMS_PER_CHUNK, 34]);
    expect(head.watchList).toEqual({ revision: 'w-r1034', patterns: ['p'], patternsBuiltBy: 'v', chunks: 3 });
    expect(assembleBootstrap(head, chunks)).toEqual(whole);
    const empty = bootstrapWith(0);
    const split = splitBootstrap(empty);
    expect(split.chunks).toEqual([]);
    expect(assembleBootstrap(split.head, split.chunks)).toEqual(empty);
  });

  it('refuses chunks of another watch list, a missing chunk, or a wrong count', () => {
    const { head, chunks } = splitBootstrap(bootstrapWith(TERMS_PER_CHUNK + 1));
    const other = splitBootstrap(bootstrapWith(TERMS_PER_CHUNK + 1, 'other')).chunks;
    expect(assembleBootstrap(head, [chunks[0], other[1]])).toBeNull();
    expect(assembleBootstrap(head, [chunks[0], undefined])).toBeNull();
    expect(assembleBootstrap(head, chunks.slice(0, 1))).toBeNull();
  });

  it('is saved by the background and read back by a content script, stale chunks removed', async () => {
    const long = bootstrapWith(TERMS_PER_CHUNK * 3);
    await browserPorts.saveBootstrap(long);
    expect(await storedKeys()).toEqual([
      BOOTSTRAP_CACHE_KEY,
      termChunkKey(0),
      termChunkKey(1),
      termChunkKey(2),
    ]);
    expect(await cachedBootstrap()).toEqual(long);

    const short = bootstrapWith(3);
    await browserPorts.saveBootstrap(short);
    expect(await storedKeys()).toEqual([BOOTSTRAP_CACHE_KEY, termChunkKey(0)]);
    expect(await cachedBootstrap()).toEqual(short);
  });

  it('is not read back when a chunk was overwritten by another list meanwhile', async () => {
    await browserPorts.saveBootstrap(bootstrapWith(TERMS_PER_CHUNK * 2));
    const other = splitBootstrap(bootstrapWith(TERMS_PER_CHUNK * 2, 'newer')).chunks[1];
    await browser.storage.local.set({ [termChunkKey(1)]: other });
    expect(await cachedBootstrap()).toBeNull();
  });

  it('is not rewritten when storage already holds the same revision', async () => {
    const whole = bootstrapWith(10);
    await browserPorts.saveBootstrap(whole);
    await browser.storage.local.set({ [termChunkKey(0)]: 'left alone' });
    await browserPorts.saveBootstrap(whole);
    expect((await browser.storage.local.get(termChunkKey(0)))[termChunkKey(0)]).toBe('left alone');
  });

  it('treats a cache in the old single-object form as no cache', async () => {
    await browser.storage.local.set({ [BOOTSTRAP_CACHE_KEY]: bootstrapWith(5) });
    expect(await cachedBootstrap()).toBeNull();
  });
});
