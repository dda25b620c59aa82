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
  type PageBootstrap,
} from '../../../src/shared/bootstrap-cache';
import type { ContentBootstrap } from '../../../src/shared/views/state-views';
import { allTerms } from '../../../src/shared/watch/term-list';
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

/** A page's bootstrap with its packed terms unpacked, to compare with what the background saved. */
function unpacked(page: PageBootstrap | null): ContentBootstrap | null {
  if (!page) {
    return null;
  }
  const { terms, ...listRest } = page.watchList;
  const names = Array.from({ length: terms.length }, (_, index) => terms.encodedNameAt(index));
  const withNames = names.every((name) => name !== undefined);
  return {
    ...page,
    watchList: {
      ...listRest,
      terms: allTerms(terms),
      ...(withNames ? { names: names as (string | null)[] } : {}),
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
    expect(chunks.map((chunk) => chunk.terms.count)).toEqual([TERMS_PER_CHUNK, TERMS_PER_CHUNK, 34]);
    expect(head.watchList).toEqual({ revision: 'w-r1034', patterns: ['p'], patternsBuiltBy: 'v', chunks: 3 });
    expect(unpacked(assembleBootstrap(head, chunks))).toEqual(whole);
    const empty = bootstrapWith(0);
    const split = splitBootstrap(empty);
    expect(split.chunks).toEqual([]);
    expect(unpacked(assembleBootstrap(split.head, split.chunks))).toEqual(empty);
  });

  it('refuses chunks of another watch list, a missing chunk, or a wrong count', () => {
    const { head, chunks } = splitBootstrap(bootstrapWith(TERMS_PER_CHUNK + 1));
    const other = splitBootstrap(bootstrapWith(TERMS_PER_CHUNK + 1, 'other')).chunks;
    expect(assembleBootstrap(head, [chunks[0], other[1]])).toBeNull();
    expect(assembleBootstrap(head, [chunks[0], undefined])).toBeNull();
    expect(assembleBootstrap(head, chunks.slice(0, 1))).toBeNull();
  });

  it('refuses a damaged chunk (a bug or a tool wrote over storage)', () => {
    const { head, chunks } = splitBootstrap(bootstrapWith(3));
    const chunk = chunks[0];
    if (!chunk) {
      throw new Error('no chunk');
    }
    const damaged = [
      { ...chunk, terms: { ...chunk.terms, strings: chunk.terms.strings.slice(1) } },
      { ...chunk, terms: { ...chunk.terms, lengths: chunk.terms.lengths.slice(1) } },
      { ...chunk, terms: { ...chunk.terms, flags: ['x', 0, 0] } },
      { ...chunk, terms: null },
    ];
    for (const bad of damaged) {
      expect(assembleBootstrap(head, [bad as unknown as typeof chunk])).toBeNull();
    }
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
    expect(unpacked(await cachedBootstrap())).toEqual(long);

    const short = bootstrapWith(3);
    await browserPorts.saveBootstrap(short);
    expect(await storedKeys()).toEqual([BOOTSTRAP_CACHE_KEY, termChunkKey(0)]);
    expect(unpacked(await cachedBootstrap())).toEqual(short);
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

  it('writes over a cache of the previous layout at the same revision, and never reads it', async () => {
    const whole = bootstrapWith(TERMS_PER_CHUNK + 2);
    const { head, chunks } = splitBootstrap(whole);
    const { cacheFormat: _format, ...oldHead } = head;
    // The previous layout of the same list: no format mark, terms as objects.
    await browser.storage.local.set({
      [BOOTSTRAP_CACHE_KEY]: oldHead,
      [termChunkKey(0)]: {
        watchRevision: head.watchList.revision,
        terms: whole.watchList.terms.slice(0, 500),
      },
      [termChunkKey(1)]: { watchRevision: head.watchList.revision, terms: whole.watchList.terms.slice(500) },
    });
    expect(await cachedBootstrap()).toBeNull();
    await browserPorts.saveBootstrap(whole);
    expect(await storedKeys()).toEqual([BOOTSTRAP_CACHE_KEY, termChunkKey(0), termChunkKey(1)]);
    expect((await browser.storage.local.get(termChunkKey(1)))[termChunkKey(1)]).toEqual(chunks[1]);
    expect(unpacked(await cachedBootstrap())).toEqual(whole);
  });

  it('treats a cache in the old single-object form as no cache', async () => {
    await browser.storage.local.set({ [BOOTSTRAP_CACHE_KEY]: bootstrapWith(5) });
    expect(await cachedBootstrap()).toBeNull();
  });
});
