import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseMentionsCsv, parseMentionsJson } from '../../src/shared/mentions-export';
import { SCREENSHOTS_DIR, waitForScan, useSession } from './harness';
import { seriousViolations, shoot } from './ui-helpers';

const session = useSession();

const SCHEMES = ['light', 'dark'] as const;
/** Chrome's side panel is narrow; screenshots should look like it. */
const SIDE_PANEL_SIZE = { width: 400, height: 800 };
const IMPORT_FIXTURE = resolve(import.meta.dirname, '../fixtures/import/valid/misp-small.json');

/**
 * Opens an extension page as a background tab, so the tab the user "looks at"
 * (tabs.query active) stays the fixture page, as it is for the real popup and
 * side panel.
 */
async function openInBackground(path: string): Promise<Page> {
  const opened = session().context.waitForEvent('page', (page) => page.url().includes(path));
  await session().serviceWorker.evaluate(
    async (url) => void (await chrome.tabs.create({ url, active: false })),
    session().extensionUrl(path),
  );
  const page = await opened;
  await page.waitForLoadState('load');
  return page;
}

async function closeAll(): Promise<void> {
  for (const page of session().context.pages().slice(1)) {
    await page.close();
  }
}

describe('side panel', () => {
  it('lists the active tab’s mentions by group, reveals one, exports them and opens a profile', async () => {
    const fixture = await session().openFixture('basic.html');
    await waitForScan(fixture, 4);
    const panel = await openInBackground('src/sidepanel/index.html');
    await panel.setViewportSize(SIDE_PANEL_SIZE);

    await panel.getByRole('heading', { name: 'Lazarus Group' }).waitFor();
    await expect(panel.getByRole('status').first().textContent()).resolves.toMatch(
      /\d+ mentions in \d+ groups/,
    );
    await expect(panel.getByRole('heading', { name: /Kimsuky/ }).count()).resolves.toBe(1);

    // A mention shows its context with the alias emphasised; choosing it asks the page to reveal it.
    const first = panel.locator('.mention-snippet').first();
    await expect(first.locator('.mention-alias').textContent()).resolves.toBeTruthy();
    await first.click();
    await panel.waitForTimeout(300);
    await expect(panel.locator('[role="alert"]').first().textContent()).resolves.toBe('');

    // Exports are local downloads that parse back to the same mentions.
    const csvDownload = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    const rows = parseMentionsCsv(csv);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows.map((row) => row.group)).toEqual(expect.arrayContaining(['Lazarus Group', 'Kimsuky']));
    expect(rows[0]?.url).toBe(session().fixtureUrl('basic.html'));
    const jsonDownload = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export JSON' }).click();
    expect(parseMentionsJson(readFileSync(await (await jsonDownload).path(), 'utf8'))).toEqual(rows);

    for (const scheme of SCHEMES) {
      await panel.emulateMedia({ colorScheme: scheme });
      await shoot(panel, 'sidepanel-on-this-page', scheme);
      expect(await seriousViolations(panel)).toEqual([]);
    }

    // Switching to another tab, and that page adding a mention, both refresh the list.
    const dynamic = await session().openFixture('dynamic.html');
    await waitForScan(dynamic, 1);
    await panel.getByText('Dynamic page').waitFor();
    await expect.poll(() => panel.locator('.mention-snippet').count()).toBe(1);
    await dynamic.evaluate(() =>
      (window as unknown as { appendParagraph(text: string): void }).appendParagraph(
        'TraderTraitor struck again.',
      ),
    );
    await expect.poll(() => panel.locator('.mention-snippet').count(), { timeout: 10_000 }).toBe(2);
    await fixture.bringToFront();
    await panel.getByText('Basic fixture').waitFor();

    await panel
      .locator('.mention-group-heading')
      .getByRole('button', { name: 'Lazarus Group', exact: true })
      .click();
    await panel.getByRole('heading', { level: 2, name: 'Lazarus Group' }).waitFor();
    await panel.locator('.timeline-point').first().waitFor();
    await closeAll();
  });

  it('switches tabs with the arrow keys, searches as you type and opens a hit', async () => {
    const panel = await session().openExtensionPage('src/sidepanel/index.html');
    await panel.setViewportSize(SIDE_PANEL_SIZE);
    await panel.getByRole('tab', { name: 'On this page' }).focus();
    await panel.keyboard.press('ArrowRight');
    await expect(panel.getByRole('tab', { name: 'Groups' }).getAttribute('aria-selected')).resolves.toBe(
      'true',
    );
    await panel.keyboard.press('End');
    const search = panel.getByRole('tab', { name: 'Search' });
    await expect(search.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(panel.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Search');

    await panel.getByLabel(/Search groups/).fill('diamond sleet');
    await panel
      .getByRole('button', { name: /Diamond Sleet/ })
      .first()
      .waitFor();
    await expect(
      panel
        .getByRole('status')
        .filter({ hasText: /result/ })
        .textContent(),
    ).resolves.toMatch(/\d+ results?/);
    for (const scheme of SCHEMES) {
      await panel.emulateMedia({ colorScheme: scheme });
      await shoot(panel, 'sidepanel-search', scheme);
      expect(await seriousViolations(panel)).toEqual([]);
    }

    await panel
      .getByRole('button', { name: /Diamond Sleet/ })
      .first()
      .click();
    const heading = panel.getByRole('heading', { level: 2, name: 'Lazarus Group' });
    await heading.waitFor();
    // Focus moves to the profile so keyboard users start reading there.
    await expect(heading.evaluate((element) => element === document.activeElement)).resolves.toBe(true);

    // Each incident on the timeline is focusable and shows its details.
    await panel.locator('.timeline-point').last().focus();
    await expect(panel.locator('.timeline-details strong').textContent()).resolves.toBeTruthy();
    for (const scheme of SCHEMES) {
      await panel.emulateMedia({ colorScheme: scheme });
      await shoot(panel, 'sidepanel-profile', scheme, false);
      await panel.locator('.timeline').screenshot({
        path: resolve(SCREENSHOTS_DIR, `sidepanel-timeline-${scheme}.png`),
      });
      expect(await seriousViolations(panel)).toEqual([]);
    }

    await panel.getByRole('button', { name: '← Back' }).click();
    await expect(panel.getByLabel(/Search groups/).inputValue()).resolves.toBe('diamond sleet');
    await closeAll();
  });

  it('opens at a group when the background broadcasts bg/show-group', async () => {
    const panel = await session().openExtensionPage('src/sidepanel/index.html');
    await panel.getByRole('tab', { name: 'Groups' }).waitFor();
    await session().serviceWorker.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'bg/show-group', groupId: 'kimsuky' }).catch(() => undefined),
    );
    await panel.getByRole('heading', { level: 2, name: 'Kimsuky' }).waitFor();
    await closeAll();
  });
});

describe('popup', () => {
  it('shows this page’s count, switches the site off and on, and adds a custom term', async () => {
    const fixture = await session().openFixture('basic.html');
    await waitForScan(fixture, 4);
    const popup = await openInBackground('src/popup/index.html');
    await popup.setViewportSize({ width: 360, height: 640 });

    // The count arrives a moment after the popup opens (it asks the page): poll for it.
    await expect
      .poll(() => popup.locator('.mention-count').textContent())
      .toMatch(/^[1-9]\d* mentions? on this page$/);
    const site = popup.getByRole('switch', { name: /Highlight on nktl-fixtures\.test/ });
    await expect(site.isChecked()).resolves.toBe(true);
    for (const scheme of SCHEMES) {
      await popup.emulateMedia({ colorScheme: scheme });
      await shoot(popup, 'popup', scheme);
      expect(await seriousViolations(popup)).toEqual([]);
    }

    await site.click();
    await expect.poll(() => site.isChecked()).toBe(false);
    await site.click();
    await expect.poll(() => site.isChecked()).toBe(true);

    await popup.getByLabel('Word or phrase to highlight').fill('Operation Popup Test');
    await popup.getByRole('button', { name: 'Add' }).click();
    await popup.getByText('Now watching “Operation Popup Test”.').waitFor();
    await closeAll();
  });
});

describe('options page', () => {
  it('edits custom terms, site rules and settings, and refreshes from broadcasts', async () => {
    const options = await session().openExtensionPage('src/options/index.html');
    await options.getByRole('heading', { name: 'Watch terms' }).waitFor();

    await options.getByLabel('Text to highlight').fill('=cmd, "quoted"');
    await options.getByLabel('Label (shown on the card)').fill('Formula test');
    await options.getByRole('button', { name: 'Add term' }).click();
    const row = options.getByRole('row', { name: /Formula test/ });
    await row.waitFor();

    // Export then re-import the watch list: the same term is updated, not duplicated.
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export CSV' }).click();
    const csvPath = await (await download).path();
    await options.getByLabel('Import watch list (CSV or JSON)').setInputFiles({
      name: 'list.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(csvPath),
    });
    await options.getByText(/Imported list\.csv: 0 added, \d+ updated\./).waitFor();
    await options.getByLabel('Import watch list (CSV or JSON)').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('text,color\nx,red\n'),
    });
    await options.getByRole('alert').filter({ hasText: 'Line 2: color must be a hex colour' }).waitFor();

    await options.getByLabel('Site pattern').fill('example.org');
    await options.getByRole('button', { name: 'Add rule' }).click();
    await options.getByRole('button', { name: 'Remove the rule for example.org' }).waitFor();

    await options.getByLabel('Filter by group or name').fill('sleet');
    await options.getByText(/^\d+ of \d+ groups shown$/).waitFor();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      await options
        .locator('#watch')
        .screenshot({ path: resolve(SCREENSHOTS_DIR, `options-watch-filtered-${scheme}.png`) });
    }
    await options.getByLabel('Filter by group or name').fill('');

    await options.getByLabel('Underline').check();
    await expect.poll(() => options.getByLabel('Underline').isChecked()).toBe(true);

    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      await shoot(options, 'options', scheme);
      expect(await seriousViolations(options)).toEqual([]);
    }

    await options.getByLabel('Background colour').check();
    await options.getByRole('button', { name: 'Remove the rule for example.org' }).click();
    await options.getByRole('button', { name: 'Remove “Formula test”' }).click();
    await expect.poll(() => row.count()).toBe(0);
    await closeAll();
  });

  it('previews an import, confirms it, lists it and removes it', async () => {
    const options = await session().openExtensionPage('src/options/index.html');
    const chooser = options.getByLabel('Choose a file to import');
    await chooser.setInputFiles(IMPORT_FIXTURE);
    await options.getByRole('heading', { name: /Preview of misp-small\.json/ }).waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
    await chooser.setInputFiles(IMPORT_FIXTURE);
    await options.getByRole('button', { name: 'Confirm import' }).click();
    await options.getByText('Imported misp-small.json.').waitFor();
    const remove = options.getByRole('button', { name: /Remove the import misp-small\.json/ });
    await remove.waitFor();
    await remove.click();
    await expect.poll(() => remove.count()).toBe(0);

    await chooser.setInputFiles({
      name: 'nothing.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{}'),
    });
    await expect
      .poll(async () => (await options.locator('#import [role="alert"]').textContent())?.length ?? 0)
      .toBeGreaterThan(0);
    await closeAll();
  });

  it('downloads a backup and restores it after confirmation', async () => {
    const options = await session().openExtensionPage('src/options/index.html');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Download backup' }).click();
    const backup = readFileSync(await (await download).path());
    await options.getByLabel('Restore from a backup file…').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    await options.getByRole('button', { name: 'Replace with backup' }).click();
    await options.getByText('Restored from backup.json.').waitFor();
    await closeAll();
  });
});
