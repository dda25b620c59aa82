import { describe, expect, it } from 'vitest';
import { hoverFirstMention, openSidePanelPage } from '../../scripts/lib/demo-steps';
import { cardText } from './card-access';
import { waitForScan, useSession } from './harness';
import { recordExtensionRequests } from './network-log';

const session = useSession();

describe('network', () => {
  it('the extension makes no network request while a user goes through its flows', async () => {
    const log = recordExtensionRequests(session().context, session().server);

    // Reading: pages with frames and dynamic content, a hover card.
    const article = await session().openFixture('basic.html');
    await waitForScan(article, 4);
    await hoverFirstMention(article);
    await expect.poll(() => cardText(article)).not.toBeNull();
    const frames = await session().openFixture('frames.html');
    await waitForScan(frames, 1);
    const dynamic = await session().openFixture('dynamic.html');
    await waitForScan(dynamic, 1);
    await dynamic.evaluate(() =>
      (window as unknown as { appendParagraph(text: string): void }).appendParagraph('APT38 again.'),
    );
    await waitForScan(dynamic, 2);

    // Analysing: side panel, popup, options with search, switches, a custom term, export data.
    const panel = await openSidePanelPage(session().context, session().extensionId, article);
    await panel.waitForTimeout(500);
    const popup = await session().openExtensionPage('src/popup/index.html');
    const options = await session().openExtensionPage('src/options/index.html');
    await options.evaluate(async () => {
      const send = (message: unknown) => chrome.runtime.sendMessage(message);
      await send({ type: 'ui/search', query: 'bybit' });
      await send({ type: 'ui/group', groupId: 'lazarus-group' });
      await send({ type: 'ui/set-switch', target: 'group:kimsuky', enabled: false });
      await send({ type: 'ui/set-switch', target: 'group:kimsuky', enabled: true });
      await send({
        type: 'ui/save-custom-term',
        term: {
          text: 'Bybit',
          label: 'Bybit',
          color: '#22aa88',
          caseSensitive: false,
          wholeWord: true,
          enabled: true,
        },
      });
      await send({ type: 'ui/backup' });
      await send({ type: 'ui/about' });
    });
    await waitForScan(article, 5);
    await Promise.all([panel.close(), popup.close(), options.close()]);

    expect(log.requests()).toEqual([]);
    log.stop();
    // The log is not blind: the fixture pages themselves went through the same proxy.
    expect(session().server.requests.some((request) => request.url.endsWith('/frame-child.html'))).toBe(true);
  });
});

describe('the request log itself', () => {
  it('catches a request from a page; the worker cannot even make one under our CSP', async () => {
    const log = recordExtensionRequests(session().context, session().server);
    // connect-src 'none' covers the service worker: its fetch is refused before any request exists.
    const workerFetch = await session().serviceWorker.evaluate(() =>
      fetch('http://probe-from-worker.test/x').then(
        () => 'sent',
        (error: Error) => `refused: ${error.message}`,
      ),
    );
    expect(workerFetch).toMatch(/^refused/);
    const page = await session().openFixture('basic.html');
    await page.evaluate(() => fetch('http://probe-from-page.test/y').catch(() => undefined));
    await expect
      .poll(() => log.requests().map((request) => new URL(request.url).host))
      .toEqual(['probe-from-page.test']);
    expect(session().server.requests.some((request) => request.url.includes('probe-from-worker'))).toBe(
      false,
    );
    log.stop();
    await page.close();
  });
});
