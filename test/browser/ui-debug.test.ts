import { it } from 'vitest';
import { highlightCounts, startSession } from './harness';
it('debug', async () => {
  const session = await startSession();
  session.serviceWorker.on('console', (m) => console.log('SW', m.type(), m.text()));
  const page = await session.openFixture('basic.html');
  await page.waitForTimeout(4000);
  console.log('counts', await highlightCounts(page));
  const options = await session.openExtensionPage('src/options/index.html');
  await options.waitForTimeout(3000);
  console.log('options', (await options.evaluate(() => document.body.innerText)).slice(0, 200));
  console.log('errors', session.consoleErrors);
  await session.close();
}, 60000);
