import type { BrowserContext, Request } from 'playwright-core';
import { FIXTURE_HOST, OTHER_ORIGIN_HOST, type FixtureServer } from '../../scripts/lib/fixture-server';

export interface ExtensionRequest {
  url: string;
  from: string;
}

const isFixture = (url: string) => {
  const host = new URL(url).host;
  return host === FIXTURE_HOST || host === OTHER_ORIGIN_HOST;
};
const isPackaged = (url: string) =>
  url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:');

/**
 * Records every network request the extension's contexts make:
 *  - its service worker and its own pages (any request that leaves the package),
 *  - the fixture pages, where the content script is the only script besides the
 *    fixture's own, which never fetches (any request that is not a fixture file),
 *  - and, from the proxy every request passes through, anything that names the
 *    extension as its origin or referrer.
 * Chromium's own background traffic (its update and time services) is not the
 * extension's and is not counted; it never carries the extension's origin.
 */
export function recordExtensionRequests(context: BrowserContext, server: FixtureServer) {
  const seen: ExtensionRequest[] = [];
  const onRequest = (request: Request) => {
    const url = request.url();
    if (isPackaged(url)) {
      return;
    }
    if (request.serviceWorker()) {
      seen.push({ url, from: `service worker ${request.serviceWorker()?.url()}` });
      return;
    }
    const frameUrl = safeFrameUrl(request);
    if (frameUrl.startsWith('chrome-extension://')) {
      seen.push({ url, from: `extension page ${frameUrl}` });
    } else if (!isFixture(url)) {
      seen.push({ url, from: `content script or page ${frameUrl}` });
    }
  };
  context.on('request', onRequest);
  return {
    requests(): ExtensionRequest[] {
      const viaProxy = server.requests
        .filter((request) =>
          [request.origin, request.referer].some((value) => value?.startsWith('chrome-extension://')),
        )
        .map((request) => ({ url: request.url, from: `proxy, origin ${request.origin ?? request.referer}` }));
      return [...seen, ...viaProxy];
    },
    stop: () => context.off('request', onRequest),
  };
}

function safeFrameUrl(request: Request): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
