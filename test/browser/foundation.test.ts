import { describe, expect, it } from 'vitest';
import { highlightCounts, highlightedTexts, waitForScan, useSession } from './harness';

const session = useSession();

describe('the built extension in Chromium', () => {
  it('loads a service worker that owns the store with the bundled dataset', async () => {
    // Asked through an extension page: that wakes the worker if Chrome has stopped it,
    // where a handle on the first worker would go stale.
    const page = await session().openExtensionPage('src/options/index.html');
    const countGroups = async () => {
      const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/about' }));
      return answer?.ok ? (answer.value.counts.groups as number) : 0;
    };
    await expect.poll(countGroups, { timeout: 15_000 }).toBeGreaterThan(20);
    await page.close();
  });

  it('gives the content script the watch list and the content script registers highlights', async () => {
    const page = await session().openFixture('basic.html');
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
      const before = session().consoleErrors.length;
      const page = await session().openExtensionPage(path);
      await page.waitForLoadState('load');
      await page.waitForFunction(() => (document.body?.innerText ?? '').trim().length > 20, null, {
        timeout: 10_000,
      });
      await page.waitForTimeout(500);
      expect(session().consoleErrors.slice(before)).toEqual([]);
      await page.close();
    },
  );
});
