import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  highlightCounts,
  highlightedTexts,
  startSession,
  waitForScan,
  type ExtensionSession,
} from './harness';

let session: ExtensionSession;

beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('loads a service worker that owns the store with the bundled dataset', async () => {
    const countGroups = () =>
      session.serviceWorker.evaluate(async () => {
        const request = indexedDB.open('nk-threat-lens');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const count = await new Promise<number>((resolve) => {
          const countRequest = db.transaction('groups').objectStore('groups').count();
          countRequest.onsuccess = () => resolve(countRequest.result);
        });
        db.close();
        return count;
      });
    // The first load happens on install, asynchronously: poll until it is in.
    await expect.poll(countGroups, { timeout: 15_000 }).toBeGreaterThan(20);
  });

  it('gives the content script the watch list and the content script registers highlights', async () => {
    const page = await session.openFixture('basic.html');
    await waitForScan(page, 4);
    const counts = await highlightCounts(page);
    expect(counts['nktl-g-lazarus-group']).toBeGreaterThanOrEqual(1);
    expect(counts['nktl-g-kimsuky']).toBe(1);
    expect(counts['nktl-g-andariel']).toBe(1);
    const texts = await highlightedTexts(page);
    expect(texts).toEqual(expect.arrayContaining(['Lazarus Group', 'TraderTraitor', 'Kimsuky', 'Andariel']));
    await page.close();
  });

  it.each(['src/sidepanel/index.html', 'src/popup/index.html', 'src/options/index.html'])(
    'opens %s without console errors',
    async (path) => {
      const before = session.consoleErrors.length;
      const page = await session.openExtensionPage(path);
      await page.waitForLoadState('load');
      await page.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 20, null, {
        timeout: 10_000,
      });
      await page.waitForTimeout(500);
      expect(session.consoleErrors.slice(before)).toEqual([]);
      await page.close();
    },
  );
});
