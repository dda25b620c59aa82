/**
 * Run before the browser tests: fail at once, naming the install command,
 * when there is no Chromium. Browser tests never skip for want of a browser.
 */
import { findChromium } from './lib/chromium';

try {
  findChromium();
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  process.exit(1);
}
