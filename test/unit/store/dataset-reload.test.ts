import { afterEach, describe, expect, it } from 'vitest';
import { ensureBundledDataset } from '../../../src/background/store/dataset-load';
import { dumpStore } from '../../../src/background/store/dump';
import { closeAllStores, openStore } from '../../../src/background/store/open';
import { smallDataset, USER_RULES, USER_SETTINGS, USER_SWITCHES, USER_TERMS } from './fixtures';

afterEach(closeAllStores);

describe('bundled dataset (re)load', () => {
  it('loads a newer bundled dataset in place of the old one and leaves user data untouched', async () => {
    const db = await openStore('reload-test');
    expect(await ensureBundledDataset(db, smallDataset('1', ['Lazarus Group', 'Kimsuky']))).toBe(true);
    await Promise.all([
      ...USER_SWITCHES.map((record) => db.put('watchSwitches', record)),
      ...USER_TERMS.map((record) => db.put('customTerms', record)),
      ...USER_RULES.map((record) => db.put('siteRules', record)),
      ...USER_SETTINGS.map((record) => db.put('settings', record)),
    ]);
    const before = await dumpStore(db);

    expect(await ensureBundledDataset(db, smallDataset('2', ['Andariel', 'APT37', 'APT38']))).toBe(true);
    const after = await dumpStore(db);

    expect(after.user).toEqual(before.user);
    expect(after.dataset.meta?.version).toBe('2');
    expect(after.dataset.groups.map((group) => group.name).sort()).toEqual(['APT37', 'APT38', 'Andariel']);
    expect(after.dataset.aliases).toHaveLength(3);
  });

  it('does nothing when the bundled version is already loaded', async () => {
    const db = await openStore('reload-same');
    await ensureBundledDataset(db, smallDataset('7', ['Kimsuky']));
    const before = await dumpStore(db);
    expect(await ensureBundledDataset(db, smallDataset('7', ['Something else']))).toBe(false);
    expect(await dumpStore(db)).toEqual(before);
  });
});
