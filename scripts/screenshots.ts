/**
 * `npm run screenshots`: the README's pictures, taken from the built
 * extension in headless Chromium over the demo article — the hover card in
 * light and dark, the side panel's page list and a group profile, the popup.
 * Writes assets/screenshots/*.png.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/chromium';
import { hoverFirstMention, openBesidePage } from './lib/demo-steps';
import { startFixtureServer } from './lib/fixture-server';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'assets/screenshots');
mkdirSync(out, { recursive: true });

const server = await startFixtureServer(resolve(root, 'assets/demo'));
const { context, extensionId } = await launchWithExtension({
  headless: true,
  viewport: { width: 1100, height: 760 },
});

async function articleWithCard(scheme: 'light' | 'dark'): Promise<Page> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${server.origin}/article.html`);
  await page.waitForFunction(() => performance.getEntriesByName('nktl:scan-complete').length > 0);
  await hoverFirstMention(page, 'nktl-g-lazarus-group', 'Lazarus Group');
  await page.waitForFunction(() => performance.getEntriesByName('nktl:card-open').length > 0);
  await page.screenshot({ path: resolve(out, `card-${scheme}.png`) });
  return page;
}

const article = await articleWithCard('light');
await (await articleWithCard('dark')).close();

const panel = await openBesidePage(context, extensionId, article, 'src/sidepanel/index.html', {
  size: { width: 400, height: 860 },
});
await panel.screenshot({ path: resolve(out, 'side-panel-page.png') });
await panel.close();
const profile = await openBesidePage(context, extensionId, article, 'src/sidepanel/index.html', {
  groupId: 'lazarus-group',
  size: { width: 400, height: 860 },
});
await profile.screenshot({ path: resolve(out, 'side-panel-profile.png'), fullPage: true });
const popup = await openBesidePage(context, extensionId, article, 'src/popup/index.html', {
  size: { width: 360, height: 600 },
});
await popup.screenshot({ path: resolve(out, 'popup.png') });

console.log(`Screenshots written to ${out}`);
await context.close();
await server.close();
