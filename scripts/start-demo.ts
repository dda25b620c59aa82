/**
 * `npm start`: builds the extension, serves the bundled demo article from
 * localhost and opens Chromium with the extension loaded on it. With a
 * display it stays open for you to use; without one (CI, SSH) it runs
 * headless and writes screenshots of the page, the hover card and the side
 * panel to a folder it prints.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';
import { startFixtureServer } from './lib/fixture-server';
import { hoverFirstMention, openSidePanelPage } from './lib/demo-steps';

const root = resolve(import.meta.dirname, '..');
const headed = Boolean(process.env.DISPLAY) && process.env.HEADLESS !== '1';

execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const server = await startFixtureServer(resolve(root, 'assets/demo'));
const articleUrl = `${server.origin}/article.html`;
const { context, extensionId } = await launchWithExtension({ headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(articleUrl);
console.log(`Demo article: ${articleUrl}`);

if (headed) {
  console.log(
    'Chromium is open with NK Threat Lens loaded. Hover a highlighted name; close the window to stop.',
  );
  await new Promise<void>((done) => context.on('close', () => done()));
} else {
  const out = resolve(root, 'screenshots/demo');
  mkdirSync(out, { recursive: true });
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((key) => key.startsWith('nktl-g-')),
    null,
    {
      timeout: 15_000,
    },
  );
  await page.screenshot({ path: resolve(out, 'page.png') });
  await hoverFirstMention(page);
  await page.screenshot({ path: resolve(out, 'hover-card.png') });
  const panel = await openSidePanelPage(context, extensionId, page);
  await panel.screenshot({ path: resolve(out, 'side-panel.png') });
  console.log(`No display: ran headless. Screenshots of the page, hover card and side panel are in ${out}`);
}
await context.close().catch(() => undefined);
await server.close();
