import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { highlightCounts, highlightedTexts, waitForScan, useSession } from './harness';

const session = useSession();

/** Highlighted texts in a frame, whitespace collapsed. */
async function textsIn(page: Page, frameSelector?: string): Promise<string[]> {
  const frame = frameSelector ? await (await page.$(frameSelector))?.contentFrame() : page.mainFrame();
  if (!frame) {
    throw new Error(`no frame ${frameSelector}`);
  }
  const texts = await frame.evaluate(() => {
    const found: string[] = [];
    for (const [key, highlight] of CSS.highlights) {
      if (key.startsWith('nktl-g-') || key.startsWith('nktl-c-')) {
        for (const range of highlight) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          found.push(live.toString());
        }
      }
    }
    return found;
  });
  return texts.map((text) => text.replace(/\s+/g, ' ')).sort();
}

describe('highlighting in the page', () => {
  it('marks names across inline elements, line breaks, spacing variants and Korean particles', async () => {
    const page = await session().openFixture('across-elements.html');
    await waitForScan(page, 11);
    expect(await textsIn(page)).toEqual(
      [
        'APT 38',
        'APT-38',
        'BlueNoroff',
        'Diamond Sleet',
        'Kimsuky',
        'Lazarus Group',
        'Onyx Sleet',
        'Stardust Chollima',
        'ZINC',
        '김수키',
        '라자루스',
      ].sort(),
    );
    await page.close();
  });

  it("finds a container's own text among hundreds of paragraphs, and only there", async () => {
    const page = await session().openFixture('many-blocks.html');
    await waitForScan(page, 2);
    await page.waitForFunction(() => performance.getEntriesByName('nktl:scan-complete').length > 0);
    expect(await textsIn(page)).toEqual(['Kimsuky', 'TraderTraitor']);
    await page.close();
  });

  it('marks nothing in form fields, scripts, styles, templates, editable regions or the negative examples', async () => {
    const page = await session().openFixture('negatives.html');
    await waitForScan(page, 1);
    await page.waitForFunction(() => performance.getEntriesByName('nktl:scan-complete').length > 0);
    expect(await textsIn(page)).toEqual(['Kimsuky']);
    // Typing in an input and in the editable region is untouched and unmarked.
    await page.fill('#field', 'Lazarus Group and Kimsuky');
    await page.click('#editor');
    await page.keyboard.type(' Andariel');
    await page.waitForTimeout(400);
    expect(await page.inputValue('#field')).toBe('Lazarus Group and Kimsuky');
    expect(await page.textContent('#editor')).toContain('Andariel');
    expect(await textsIn(page)).toEqual(['Kimsuky']);
    await page.close();
  });

  it('marks mentions in same-origin, srcdoc, about:blank and cross-origin frames', async () => {
    const page = await session().openFixture('frames.html');
    await waitForScan(page, 1);
    const frameTexts = async (selector: string) => {
      await expect.poll(() => textsIn(page, selector), { timeout: 10_000 }).not.toEqual([]);
      return textsIn(page, selector);
    };
    expect(await textsIn(page)).toEqual(['Kimsuky']);
    expect(await frameTexts('#same')).toEqual(['Lazarus Group']);
    expect(await frameTexts('#srcdoc')).toEqual(['Onyx Sleet']);
    expect(await frameTexts('#blank')).toEqual(['BlueNoroff']);
    expect(await frameTexts('#cross')).toEqual(['Lazarus Group']);
    await page.close();
  });

  it('marks mentions in open shadow roots, nested ones included', async () => {
    const page = await session().openFixture('shadow.html');
    await waitForScan(page, 3);
    expect(await textsIn(page)).toEqual(['APT37', 'Kimsuky', 'Moonstone Sleet']);
    await page.close();
  });

  it('marks content added after load and text edited in place, without touching the page DOM', async () => {
    const page = await session().openFixture('dynamic.html');
    await waitForScan(page, 1);
    await page.evaluate(() =>
      (window as unknown as { appendParagraph(text: string): void }).appendParagraph(
        'New reporting ties APT38 to the heist.',
      ),
    );
    await expect.poll(() => textsIn(page), { timeout: 5_000 }).toEqual(['APT38', 'Kimsuky']);
    await page.evaluate(() => {
      const text = document.getElementById('editable-text')?.firstChild as Text;
      text.data = 'Now it names Onyx Sleet.';
    });
    await expect.poll(() => textsIn(page), { timeout: 5_000 }).toEqual(['APT38', 'Kimsuky', 'Onyx Sleet']);
    // Removing a paragraph removes its mention.
    await page.evaluate(() => document.getElementById('static')?.remove());
    await expect.poll(() => textsIn(page), { timeout: 5_000 }).toEqual(['APT38', 'Onyx Sleet']);

    // The page saw only its own mutations. Not even the card host: it is built on first use
    // (a pointer over the page, see ui-host.ts), and nothing pointed at this page.
    const mutations = await page.evaluate(
      () =>
        (window as unknown as { __mutations: { type: string; target: string; added: string[] }[] })
          .__mutations,
    );
    const fromExtension = mutations.filter((record) => record.added.includes('NKTL-UI-HOST'));
    const ours = mutations.filter(
      (record) =>
        !record.added.includes('NKTL-UI-HOST') &&
        !(record.target === 'DIV' && record.added.includes('P')) && // appendParagraph
        !(record.type === 'characterData') && // the text edit
        !(record.target === 'BODY' && record.type === 'childList'), // the removal
    );
    expect(fromExtension).toEqual([]);
    expect(ours).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('mark, [data-nktl], .nktl').length)).toBe(0);
    await page.close();
  });

  it('registers only the mentions near the viewport, and the rest as the reader scrolls', async () => {
    const page = await session().openFixture('windowed.html');
    await waitForScan(page, 1);
    await page.waitForFunction(() => performance.getEntriesByName('nktl:scan-complete').length > 0);
    const found = await page.evaluate(
      () =>
        (performance.getEntriesByName('nktl:scan-complete').at(-1) as PerformanceMark).detail as {
          mentions: number;
        },
    );
    expect(found.mentions).toBe(600);
    const registered = async () => Object.values(await highlightCounts(page)).reduce((a, b) => a + b, 0);
    const atTop = await registered();
    expect(atTop).toBeGreaterThan(5);
    expect(atTop).toBeLessThan(200);
    expect(await textsIn(page)).not.toContain('Moonstone Sleet');

    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForFunction(() => {
      for (const [key, highlight] of CSS.highlights) {
        if (key.startsWith('nktl-g-')) {
          for (const range of highlight) {
            if (range.startContainer.parentElement?.textContent?.includes('Moonstone')) {
              return true;
            }
          }
        }
      }
      return false;
    });
    expect(await registered()).toBeLessThan(200);
    expect(await textsIn(page)).toContain('Moonstone Sleet');
    await page.close();
  });

  it('registers one highlight per group with the documented names', async () => {
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    const keys = Object.keys(await highlightCounts(page)).sort();
    expect(keys).toEqual([
      'nktl-g-andariel',
      'nktl-g-kimsuky',
      'nktl-g-lazarus-group',
      'nktl-g-tradertraitor',
    ]);
    expect((await highlightedTexts(page)).sort()).toEqual([
      'Andariel',
      'Kimsuky',
      'Lazarus Group',
      'TraderTraitor',
    ]);
    await page.close();
  });

  it('adds ::highlight() rules only for the groups the page mentions, and none to a page without mentions', async () => {
    // What the page itself can read of the sheets adopted into it: the extension's sheet is one of them.
    const highlightRuleNames = (page: Page) =>
      page.evaluate(() =>
        document.adoptedStyleSheets
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .flatMap((text) => /::highlight\(([^)]+)\)/.exec(text)?.[1] ?? [])
          .sort(),
      );
    const page = await session().openFixture('basic.html');
    await waitForScan(page, 4);
    expect(await highlightRuleNames(page)).toEqual([
      'nktl-g-andariel',
      'nktl-g-kimsuky',
      'nktl-g-lazarus-group',
      'nktl-g-tradertraitor',
    ]);
    const plain = await session().openFixture('no-mentions.html');
    await expect
      .poll(() => plain.evaluate(() => performance.getEntriesByName('nktl:scan-complete').length))
      .toBeGreaterThan(0);
    expect(await highlightCounts(plain)).toEqual({});
    expect(await highlightRuleNames(plain)).toEqual([]);
    await Promise.all([page.close(), plain.close()]);
  });
});
