import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureBundledDataset } from '../../../src/background/store/dataset-load';
import { dumpStore, restoreStore } from '../../../src/background/store/dump';
import { closeAllStores, openStore } from '../../../src/background/store/open';
import { ALL_STORES } from '../../../src/background/store/schema';
import { parseBackup, serialiseBackup } from '../../../src/shared/backup';
import type { Dataset } from '../../../src/shared/dataset/types';
import { parseImportFile } from '../../../src/shared/import';
import { USER_RULES, USER_SETTINGS, USER_SWITCHES, USER_TERMS } from './fixtures';

const bundled = JSON.parse(
  readFileSync(new URL('../../../assets/dataset/dataset.json', import.meta.url), 'utf8'),
) as Dataset;

afterEach(closeAllStores);

const STIX_IMPORT = JSON.stringify({
  type: 'bundle',
  id: 'bundle--4b4d7f4e-0f7e-4f3a-9a0e-0f6f3c1b2a11',
  objects: [
    {
      type: 'intrusion-set',
      spec_version: '2.1',
      id: 'intrusion-set--9b1e9c52-8f4b-4f0e-8d7c-1a2b3c4d5e6f',
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      name: 'Example North Korean Cluster',
      aliases: ['EXAMPLE-KP-1'],
      description: 'A test cluster attributed to North Korea.',
    },
  ],
});

describe('backup, wipe, restore', () => {
  it('gives back an identical store: the real dataset, user data and an import', async () => {
    const db = await openStore('backup-round-trip');
    await ensureBundledDataset(db, bundled, new Date('2026-03-01T00:00:00Z'));
    await Promise.all([
      ...USER_SWITCHES.map((record) => db.put('watchSwitches', record)),
      ...USER_TERMS.map((record) => db.put('customTerms', record)),
      ...USER_RULES.map((record) => db.put('siteRules', record)),
      ...USER_SETTINGS.map((record) => db.put('settings', record)),
    ]);
    const imported = parseImportFile(
      'example.json',
      STIX_IMPORT,
      STIX_IMPORT.length,
      '2026-03-02T00:00:00.000Z',
    );
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      await db.put('imports', imported.value);
    }
    const original = await dumpStore(db);
    expect(original.dataset.groups.length).toBe(bundled.groups.length);
    expect(original.user.imports).toHaveLength(1);

    const text = serialiseBackup(original, '2026-03-03T00:00:00.000Z');
    const wipe = db.transaction(ALL_STORES, 'readwrite');
    await Promise.all([...ALL_STORES.map((name) => wipe.objectStore(name).clear()), wipe.done]);
    expect((await dumpStore(db)).dataset.groups).toEqual([]);

    const parsed = parseBackup(text, Buffer.byteLength(text));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) {
      return;
    }
    await restoreStore(db, parsed.value);
    expect(await dumpStore(db)).toEqual(original);
  });

  it('leaves the store exactly as it was when a restore write fails', async () => {
    const db = await openStore('backup-abort');
    await ensureBundledDataset(db, bundled);
    await db.put('customTerms', USER_TERMS[0]!);
    const before = await dumpStore(db);
    const broken = structuredClone(before);
    // A record without its key path makes put() throw inside the transaction.
    (broken.user.siteRules as unknown[]).push({ pattern: 'no-id.example', mode: 'deny', createdAt: 'x' });
    await expect(restoreStore(db, broken)).rejects.toThrow();
    expect(await dumpStore(db)).toEqual(before);
  });
});
