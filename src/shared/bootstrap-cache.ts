import type { ContentBootstrap } from './views/state-views';
import {
  packTerms,
  PackedTermList,
  unpackTerms,
  type PackedTerms,
  type UnpackedTerms,
} from './watch/packed-terms';
import type { WatchList } from './watch/types';

/**
 * How a content script's bootstrap travels: a head (settings, site rules,
 * cards, the watch list's patterns) and the watch list's terms in chunks.
 *
 * Why chunks: a page takes in a stored value or a message in one task, and
 * with a 10,000-term watch list the one 2 MB bootstrap blocked the page for
 * 50-65 ms while it was deserialized, twice per load (the start-up cache,
 * then the fresh answer). Read chunk by chunk, each is a task of its own.
 *
 * Where: storage.local, so a page is highlighted without waiting for a
 * sleeping service worker. The background writes head and chunks in one
 * set() on every change; the fresh answer to a content script's request is
 * the head alone, whose chunks are then read from storage. Every chunk names
 * the watch list it belongs to, so a reader that raced a write notices.
 * The terms travel packed (packed-terms.ts), and a content script keeps them
 * so (PageBootstrap).
 */

export const BOOTSTRAP_CACHE_KEY = 'nktl:bootstrap';
export const TERMS_PER_CHUNK = 500;

export const termChunkKey = (index: number): string => `${BOOTSTRAP_CACHE_KEY}:terms:${index}`;

/**
 * The layout of head and chunks. A head of another layout is no cache: the
 * background writes over it (even at the same revision) and pages do not
 * read it, so a change of layout never strands a page on chunks it cannot read.
 * 2: terms packed (packed-terms.ts); before, arrays of WatchTerm objects.
 */
export const CACHE_FORMAT = 2;

/** The bootstrap without the watch list's terms and names, which are in `chunks` chunks. */
export interface BootstrapHead extends Omit<ContentBootstrap, 'watchList'> {
  cacheFormat: typeof CACHE_FORMAT;
  watchList: Omit<WatchList, 'terms' | 'names'> & { chunks: number };
}

export interface TermChunk {
  /** WatchList.revision of the list this chunk is part of. */
  watchRevision: string;
  /** The terms, with their WatchList.names when the list carried them. */
  terms: PackedTerms;
}

/** A bootstrap as a content script holds it: the watch list's terms stay packed. */
export interface PageBootstrap extends Omit<ContentBootstrap, 'watchList'> {
  watchList: Omit<WatchList, 'terms' | 'names'> & { terms: PackedTermList };
}

export function splitBootstrap(bootstrap: ContentBootstrap): { head: BootstrapHead; chunks: TermChunk[] } {
  const { terms, names, ...listRest } = bootstrap.watchList;
  const chunks: TermChunk[] = [];
  for (let from = 0; from < terms.length; from += TERMS_PER_CHUNK) {
    chunks.push({
      watchRevision: listRest.revision,
      terms: packTerms(
        terms.slice(from, from + TERMS_PER_CHUNK),
        names ? names.slice(from, from + TERMS_PER_CHUNK) : null,
      ),
    });
  }
  return {
    head: { ...bootstrap, cacheFormat: CACHE_FORMAT, watchList: { ...listRest, chunks: chunks.length } },
    chunks,
  };
}

/** A chunk's terms, checked and ready to read; null for a chunk of another watch list, or a damaged one. */
export function unpackChunk(chunk: unknown, watchRevision: string): UnpackedTerms | null {
  const { watchRevision: revision, terms } = (chunk ?? {}) as Partial<TermChunk>;
  return revision === watchRevision ? unpackTerms(terms) : null;
}

/** The head with its chunks' terms (unpackChunk's), or null when they are not all there and of the head's watch list. */
export function withTermRuns(
  head: BootstrapHead,
  runs: readonly (UnpackedTerms | null | undefined)[],
): PageBootstrap | null {
  const { chunks: count, ...listRest } = head.watchList;
  if (runs.length !== count || runs.some((run) => !run)) {
    return null;
  }
  const { cacheFormat: _format, ...rest } = head;
  return { ...rest, watchList: { ...listRest, terms: PackedTermList.of(runs as UnpackedTerms[]) } };
}

/** withTermRuns for chunks as stored. */
export function assembleBootstrap(
  head: BootstrapHead,
  chunks: readonly (TermChunk | undefined)[],
): PageBootstrap | null {
  return withTermRuns(
    head,
    chunks.map((chunk) => unpackChunk(chunk, head.watchList.revision)),
  );
}

/** A head as read back from storage or a message: only its shape is checked (we wrote it). */
export function isBootstrapHead(value: unknown): value is BootstrapHead {
  const head = value as Partial<BootstrapHead> | null;
  return (
    head?.cacheFormat === CACHE_FORMAT &&
    typeof head.revision === 'string' &&
    typeof head.watchList?.revision === 'string' &&
    Number.isInteger(head.watchList.chunks)
  );
}
