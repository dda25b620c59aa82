import { describe, expect, it } from 'vitest';
import { hoverFirstMention, tabIdOf } from '../../scripts/lib/demo-steps';
import { cardBox, cardText, clickCardButton, focusInCard, openCardCount, withCardRoot } from './card-access';
import { highlightCounts, waitForScan, useSession } from './harness';

const session = useSession();

async function sendCommand(page: Parameters<typeof tabIdOf>[1], command: string) {
  const tabId = await tabIdOf(session().context, page);
  await session().serviceWorker.evaluate(
    ([id, name]) =>
      chrome.tabs.sendMessage(id as number, { type: 'bg/command', command: name }, { frameId: 0 }),
    [tabId, command],
  );
}

describe('the hover card', () => {
  it('opens on a mention with the group, the matched alias, names, bounty, incidents and sources', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    await hoverFirstMention(page, 'nktl-g-lazarus-group');
    await expect.poll(() => cardText(page)).not.toBeNull();
    const text = (await cardText(page)) ?? '';
    expect(text).toContain('Lazarus Group');
    expect(text).toContain('Matched “Lazarus Group”');
    expect(text).toMatch(/Also known as/i);
    expect(text).toContain('Diamond Sleet');
    expect(text).toMatch(/Reward/i);
    expect(text).toMatch(/Up to \$\d+/);
    expect(text).toMatch(/Linked incidents/i);
    expect(text).toMatch(/Sources:/);
    const box = await cardBox(page);
    const viewport = page.viewportSize();
    expect(box && viewport).toBeTruthy();
    if (box && viewport) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(viewport.width);
      expect(box.bottom).toBeLessThanOrEqual(viewport.height);
    }
    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    // Leaving the mention closes it too.
    await hoverFirstMention(page, 'nktl-g-kimsuky');
    await expect.poll(() => cardText(page)).toContain('Kimsuky');
    await page.mouse.move(5, 700);
    await expect.poll(() => cardText(page), { timeout: 3_000 }).toBeNull();
    await page.close();
  });

  it("moves from one group's mention straight to another's: one card shows, the second group's, beside its mention", async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    await hoverFirstMention(page, 'nktl-g-lazarus-group');
    await expect.poll(() => cardText(page)).toContain('Lazarus Group');
    const kimsuky = await hoverFirstMention(page, 'nktl-g-kimsuky');
    await expect.poll(() => cardText(page)).toContain('Kimsuky');
    expect(await cardText(page)).not.toContain('Lazarus Group');
    expect(await openCardCount(page)).toBe(1);
    const box = await cardBox(page);
    expect(box).not.toBeNull();
    if (box && kimsuky) {
      // Below the mention (or above it when there is no room), never over it.
      const clear = box.top >= kimsuky.y || box.bottom <= kimsuky.y;
      expect(clear).toBe(true);
    }
    // Back to the first group: its card, kept from before, shows again.
    await hoverFirstMention(page, 'nktl-g-lazarus-group');
    await expect.poll(() => cardText(page)).toContain('Lazarus Group');
    expect(await openCardCount(page)).toBe(1);
    await page.close();
  });

  it('opens a card the reader scrolled inside at its top again', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    await hoverFirstMention(page, 'nktl-g-lazarus-group');
    await expect.poll(() => cardText(page)).toContain('Lazarus Group');
    const scrolled = await withCardRoot<number>(
      page,
      `function () { const c = this.querySelector(':not(.closed) > .card'); c.scrollTop = 60; return c.scrollTop; }`,
    );
    expect(scrolled).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    await hoverFirstMention(page, 'nktl-g-lazarus-group');
    await expect.poll(() => cardText(page)).toContain('Lazarus Group');
    expect(
      await withCardRoot<number>(
        page,
        `function () { return this.querySelector(':not(.closed) > .card').scrollTop; }`,
      ),
    ).toBe(0);
    await page.close();
  });

  it('opens for mentions inside open shadow roots, nested ones included', async () => {
    const page = await session().openFixture('shadow.html');
    await waitForScan(page, 3);
    await hoverFirstMention(page, undefined, 'Moonstone Sleet');
    await expect.poll(() => cardText(page)).toContain('Matched “Moonstone Sleet”');
    await hoverFirstMention(page, undefined, 'APT37');
    await expect.poll(() => cardText(page)).toContain('Matched “APT37”');
    await page.close();
  });

  it('stops watching a term from the card and the highlight leaves', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    await hoverFirstMention(page, 'nktl-g-tradertraitor');
    await expect.poll(() => cardText(page)).toContain('TraderTraitor');
    expect(await clickCardButton(page, 'Stop watching')).toBe(true);
    await expect.poll(async () => (await highlightCounts(page))['nktl-g-tradertraitor'] ?? 0).toBe(0);
    // Polled: the watch-list change makes the page rescan, and the other group's highlight comes back with it.
    await expect.poll(async () => (await highlightCounts(page))['nktl-g-kimsuky'] ?? 0).toBe(1);
    // Switch it back on from the options page; the open tab follows without a reload.
    const options = await session().openExtensionPage('src/options/index.html');
    await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'ui/set-switch',
        target: 'alias:tradertraitor:tradertraitor',
        enabled: true,
      }),
    );
    await options.close();
    await expect.poll(async () => (await highlightCounts(page))['nktl-g-tradertraitor'] ?? 0).toBe(1);
    await page.close();
  });

  it('turns the extension off for the site from the card', async () => {
    const page = await session().openFixture('across-elements.html');
    await waitForScan(page, 8);
    await hoverFirstMention(page);
    await expect.poll(() => cardText(page)).not.toBeNull();
    expect(await clickCardButton(page, 'Turn off on this site')).toBe(true);
    await expect.poll(async () => Object.keys(await highlightCounts(page)).length).toBe(0);
    // Undo for the other tests: lift the rule through the background.
    const options = await session().openExtensionPage('src/options/index.html');
    await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'ui/set-site-enabled',
        url: 'http://nktl-fixtures.test/',
        enabled: true,
      }),
    );
    await options.close();
    await page.close();
  });
});

describe('keyboard navigation', () => {
  it('moves to the next and previous mention, opens its card with focus inside, and Escape returns', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    const current = () =>
      page.evaluate(() => {
        const highlight = CSS.highlights.get('nktl-current');
        const range = highlight ? [...highlight][0] : undefined;
        if (!range) {
          return null;
        }
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString();
      });
    await sendCommand(page, 'next-mention');
    await expect.poll(current).toBe('Lazarus Group');
    await sendCommand(page, 'next-mention');
    await expect.poll(current).toBe('TraderTraitor');
    await sendCommand(page, 'previous-mention');
    await expect.poll(current).toBe('Lazarus Group');
    await page.focus('body');
    await sendCommand(page, 'open-card');
    await expect.poll(() => cardText(page)).toContain('Lazarus Group');
    expect(await focusInCard(page)).toBe(true);
    // Tab stays usable inside the card, Escape closes it and hands focus back.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.nodeName)).toBe('BODY');
    await page.close();
  });
});
