import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession, type ExtensionSession } from './harness';
import { rawStoreDump } from './store-dump';

const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');
const hasSharedData = existsSync(SHARED_DATA);
if (!hasSharedData) {
  console.warn(`Skipping imports of the real upstream files: ${SHARED_DATA} is absent.`);
}
const CORPUS_DIR = resolve(import.meta.dirname, '../fixtures/import');
const corpus = JSON.parse(readFileSync(resolve(CORPUS_DIR, 'corpus.json'), 'utf8')) as {
  file: string;
  expectedCode: string;
}[];

let session: ExtensionSession;
let options: Page;

beforeAll(async () => {
  session = await startSession();
  options = await session.openExtensionPage('src/options/index.html');
  await options.waitForSelector('#import input[type=file]');
});
afterAll(async () => {
  await session?.close();
});

const importInput = () => options.locator('#import input[type=file]');
const importAlert = () => options.locator('#import [role=alert]');

async function chooseFile(file: { name: string; buffer: Buffer } | string): Promise<void> {
  await importInput().setInputFiles(
    typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
  );
}

describe('importing intelligence files in the options page', () => {
  it.skipIf(!hasSharedData)(
    'imports the real ATT&CK bundle and MISP threat-actor galaxy after a preview',
    async () => {
      for (const path of ['mitre-attack/enterprise-groups-bundle.json', 'misp-galaxy/threat-actor.json']) {
        await chooseFile(resolve(SHARED_DATA, path));
        const confirm = options.getByRole('button', { name: 'Confirm import' });
        await confirm.waitFor({ timeout: 30_000 });
        const preview = await options.locator('#import').innerText();
        expect(preview).toMatch(/skipped|not attributed/i);
        await confirm.click();
        await expect
          .poll(() => options.locator('#import [role=status]').innerText(), { timeout: 15_000 })
          .toContain('Imported');
      }
      const overview = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'ui/overview' }));
      const names = (overview.value.imports as { fileName: string }[])
        .map((record) => record.fileName)
        .sort();
      expect(names).toEqual(['enterprise-groups-bundle.json', 'threat-actor.json']);
    },
  );

  it(`refuses each of the ${corpus.length} broken or hostile corpus files with its own clear error, store untouched`, async () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    const before = await rawStoreDump(session.serviceWorker);
    const messages = new Set<string>();
    for (const entry of corpus) {
      // A fresh page per file, so the alert we read can only be this file's.
      await options.reload();
      await importInput().waitFor({ state: 'attached' });
      await chooseFile({ name: entry.file, buffer: readFileSync(resolve(CORPUS_DIR, entry.file)) });
      await expect.poll(() => importAlert().innerText(), { timeout: 10_000 }).not.toBe('');
      const message = await importAlert().innerText();
      expect(message.length, entry.file).toBeGreaterThan(10);
      expect(await options.getByRole('button', { name: 'Confirm import' }).count(), entry.file).toBe(0);
      messages.add(message);
      expect(await rawStoreDump(session.serviceWorker), entry.file).toBe(before);
    }
    // Distinct problems get distinct explanations, not one generic failure.
    expect(messages.size).toBeGreaterThanOrEqual(corpus.length * 0.8);
  });

  it('refuses an oversized file and a deeply nested one, store untouched', async () => {
    const before = await rawStoreDump(session.serviceWorker);
    const oversized = Buffer.alloc(25 * 1024 * 1024, 0x20);
    oversized.write('{"values":[', 0);
    await chooseFile({ name: 'huge.json', buffer: oversized });
    await expect.poll(() => importAlert().innerText(), { timeout: 30_000 }).toMatch(/MB/);
    await options.reload();
    await importInput().waitFor({ state: 'attached' });
    await chooseFile({ name: 'deep.json', buffer: Buffer.from('['.repeat(200_000) + ']'.repeat(200_000)) });
    await expect.poll(() => importAlert().innerText(), { timeout: 30_000 }).toMatch(/nest|deep/i);
    expect(await rawStoreDump(session.serviceWorker)).toBe(before);
  });
});
