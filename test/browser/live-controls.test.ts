import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openBesidePage, openSidePanelPage, tabIdOf } from '../../scripts/lib/demo-steps';
import { withCardRoot } from './card-access';
import { highlightCounts, waitForScan, useSession } from './harness';

const session = useSession();

/** The text of every card built in the page's card root, shown or not. */
const cardTexts =
  'function () { return [...this.querySelectorAll(".slot")].map((slot) => slot.textContent); }';
const rangesOf = async (page: Page, key: string) => (await highlightCounts(page))[key] ?? 0;
const customKeys = async (page: Page) =>
  Object.keys(await highlightCounts(page)).filter((key) => key.startsWith('nktl-c-'));

async function ask(message: unknown): Promise<{ ok: boolean; value?: unknown }> {
  const page = await session().openExtensionPage('src/options/index.html');
  const answer = await page.evaluate((request) => chrome.runtime.sendMessage(request), message);
  await page.close();
  return answer;
}

describe('controls act live in every open tab', () => {
  it('clicking a mention in the side panel scrolls the page to it and flashes it', async () => {
    const page = await session().openFixture('long.html');
    await waitForScan(page, 2);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The toolbar badge counts this tab's mentions.
    const tabId = await tabIdOf(session().context, page);
    await expect
      .poll(() => session().serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
      .toBe('2');
    const panel = await openSidePanelPage(session().context, session().extensionId, page);
    await panel.getByRole('button', { name: /Far below, it names Moonstone Sleet/ }).click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    expect(await page.evaluate(() => CSS.highlights.get('nktl-flash')?.size ?? 0)).toBe(1);
    const visible = () =>
      page.evaluate(() => {
        const rect = document.getElementById('far')?.getBoundingClientRect();
        return rect ? rect.top >= 0 && rect.bottom <= innerHeight : false;
      });
    // Scrolling is smooth unless the reader asked for reduced motion: wait for it to settle.
    await expect.poll(visible).toBe(true);
    await panel.close();
    await page.close();
  });

  it('a group switched off in the popup leaves every open tab, and comes back when switched on', async () => {
    const first = await session().openFixture('basic.html');
    const second = await session().openFixture('across-elements.html');
    await waitForScan(first, 4);
    await waitForScan(second, 8);
    expect(await rangesOf(first, 'nktl-g-lazarus-group')).toBe(1);
    // Lazarus Group, Diamond Sleet, ZINC and 라자루스 are all Lazarus Group's names.
    expect(await rangesOf(second, 'nktl-g-lazarus-group')).toBe(4);
    const popup = await openBesidePage(
      session().context,
      session().extensionId,
      first,
      'src/popup/index.html',
    );
    // Operated from the keyboard, as a switch must be.
    const lazarus = popup.getByRole('switch', { name: /^Lazarus Group/ });
    await lazarus.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => rangesOf(first, 'nktl-g-lazarus-group')).toBe(0);
    await expect.poll(() => rangesOf(second, 'nktl-g-lazarus-group')).toBe(0);
    // The page rescans with the new watch list: its other groups' highlights come back once it has.
    await expect.poll(() => rangesOf(first, 'nktl-g-kimsuky')).toBe(1);
    await popup.keyboard.press('Space');
    await expect.poll(() => rangesOf(first, 'nktl-g-lazarus-group')).toBe(1);
    await expect.poll(() => rangesOf(second, 'nktl-g-lazarus-group')).toBe(4);
    await Promise.all([popup.close(), first.close(), second.close()]);
  });

  it('switching one group off updates the page in place: the other groups stay highlighted throughout', async () => {
    const page = await session().openFixture('restart.html');
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    await expect.poll(() => rangesOf(page, 'nktl-g-kimsuky')).toBeGreaterThan(0);
    await expect.poll(() => rangesOf(page, 'nktl-g-lazarus-group')).toBeGreaterThan(0);
    const scansBefore = await page.evaluate(() => performance.getEntriesByName('nktl:scan-complete').length);
    // Every frame from here on: how many of Kimsuky's mentions were highlighted when it was painted.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { kimsukyPerFrame: number[] }).kimsukyPerFrame = seen;
      const sample = () => {
        seen.push(CSS.highlights.get('nktl-g-kimsuky')?.size ?? 0);
        requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    const popup = await openBesidePage(
      session().context,
      session().extensionId,
      page,
      'src/popup/index.html',
    );
    await popup.getByRole('switch', { name: /^Lazarus Group/ }).click();
    await expect.poll(() => rangesOf(page, 'nktl-g-lazarus-group')).toBe(0);
    // The new watch list's pass over the whole page has ended.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('nktl:scan-complete').length))
      .toBeGreaterThan(scansBefore);
    const perFrame = await page.evaluate(
      () => (window as unknown as { kimsukyPerFrame: number[] }).kimsukyPerFrame,
    );
    expect(perFrame.length).toBeGreaterThan(2);
    expect(Math.min(...perFrame)).toBeGreaterThan(0);
    await popup.getByRole('switch', { name: /^Lazarus Group/ }).click();
    await expect.poll(() => rangesOf(page, 'nktl-g-lazarus-group')).toBeGreaterThan(0);
    await Promise.all([popup.close(), page.close()]);
  });

  it('a custom term added in the popup is highlighted in the open tab, its card built ahead of a hover', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    expect(await customKeys(page)).toEqual([]);
    // A pointer over the page (on no mention) has cards built ahead of a hover.
    await page.mouse.move(4, 4);
    const popup = await openBesidePage(
      session().context,
      session().extensionId,
      page,
      'src/popup/index.html',
    );
    await popup.getByLabel('Word or phrase to highlight').fill('Bybit theft');
    await popup.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => customKeys(page)).toHaveLength(1);
    const [key] = await customKeys(page);
    expect(await rangesOf(page, key ?? '')).toBe(1);
    // The custom terms' card is built too, unseen, before anyone hovers the term.
    await expect
      .poll(() => withCardRoot<string[]>(page, cardTexts))
      .toEqual(expect.arrayContaining([expect.stringContaining('your custom term')]));
    await Promise.all([popup.close(), page.close()]);
  });

  it('a denied site loses its highlights while other sites keep theirs', async () => {
    const denied = await session().openFixture('basic.html');
    const other = await session().context.newPage();
    await other.goto('http://other-origin.test/frame-child.html');
    await waitForScan(denied, 4);
    await waitForScan(other, 1);
    expect(
      (await ask({ type: 'ui/save-site-rule', rule: { pattern: 'nktl-fixtures.test', mode: 'deny' } })).ok,
    ).toBe(true);
    await expect.poll(async () => Object.keys(await highlightCounts(denied)).length).toBe(0);
    expect(await rangesOf(other, 'nktl-g-lazarus-group')).toBe(1);
    // An allow rule for one path carves an exception out of the deny.
    await ask({
      type: 'ui/save-site-rule',
      rule: { pattern: 'http://nktl-fixtures.test/basic', mode: 'allow' },
    });
    await expect.poll(() => rangesOf(denied, 'nktl-g-kimsuky')).toBe(1);
    const overview = (await ask({ type: 'ui/overview' })).value as { siteRules: { id: string }[] };
    for (const rule of overview.siteRules) {
      await ask({ type: 'ui/remove-site-rule', id: rule.id });
    }
    await Promise.all([denied.close(), other.close()]);
  });

  it('keeps settings, switches and custom terms across a service-worker restart', async () => {
    await ask({ type: 'ui/set-setting', key: 'highlightStyle', value: 'underline' });
    await ask({ type: 'ui/set-switch', target: 'group:kimsuky', enabled: false });
    const before = (await ask({ type: 'ui/overview' })).value as Record<string, unknown>;

    const stopper = await session().context.newPage();
    const cdp = await session().context.newCDPSession(stopper);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (
          versions.some(
            (version) =>
              version.scriptURL.startsWith(session().extensionUrl('')) && version.runningStatus === 'stopped',
          )
        ) {
          resolve();
        }
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await stopper.close();

    // The next message wakes a fresh worker, which rebuilds everything from IndexedDB.
    const after = (await ask({ type: 'ui/overview' })).value as Record<string, unknown>;
    expect(after).toEqual(before);
    expect((after.settings as { highlightStyle: string }).highlightStyle).toBe('underline');
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 3);
    expect(await rangesOf(page, 'nktl-g-kimsuky')).toBe(0);
    expect(await rangesOf(page, 'nktl-g-lazarus-group')).toBe(1);
    await ask({ type: 'ui/set-switch', target: 'group:kimsuky', enabled: true });
    await ask({ type: 'ui/set-setting', key: 'highlightStyle', value: 'background' });
    await page.close();
  });
});
