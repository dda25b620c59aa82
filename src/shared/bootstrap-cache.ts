/**
 * storage.local key of the content scripts' start-up cache: the last
 * ContentBootstrap the background computed. Content scripts read it first so
 * a page is highlighted without waiting for a sleeping service worker, then
 * ask the background for a fresh one.
 */
export const BOOTSTRAP_CACHE_KEY = 'nktl:bootstrap';
