import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpStore } from '../../../src/background/store/dump';
import { closeAllStores, openStore } from '../../../src/background/store/open';
import { SCHEMA_VERSION, type ThreatLensDB } from '../../../src/background/store/schema';
import { upgradeSchema } from '../../../src/background/store/upgrade';
import { USER_RULES, USER_SETTINGS, USER_SWITCHES, USER_TERMS } from './fixtures';

let counter = 0;
const freshName = () => `upgrade-test-${++counter}`;

afterEach(closeAllStores);

describe('schema upgrade ladder', () => {
  it('upgrades a version-1 database holding user data to the current version with every record intact', async () => {
    const name = freshName();
    // Create the database exactly as version 1 shipped it, and fill the user stores.
    const v1 = await openDB<ThreatLensDB>(name, 1, {
      upgrade: (db, oldVersion, newVersion, tx) => upgradeSchema(db, oldVersion, newVersion ?? 1, tx),
    });
    expect([...v1.objectStoreNames]).not.toContain('imports');
    for (const record of USER_SWITCHES) {
      await v1.put('watchSwitches', record);
    }
    for (const record of USER_TERMS) {
      await v1.put('customTerms', record);
    }
    for (const record of USER_RULES) {
      await v1.put('siteRules', record);
    }
    for (const record of USER_SETTINGS) {
      await v1.put('settings', record);
    }
    v1.close();

    const db = await openStore(name);
    expect(db.version).toBe(SCHEMA_VERSION);
    expect([...db.objectStoreNames]).toContain('imports');
    expect([...db.transaction('aliases').store.indexNames]).toContain('byGroup');
    const dump = await dumpStore(db);
    expect(dump.user.watchSwitches).toEqual(expect.arrayContaining(USER_SWITCHES));
    expect(dump.user.watchSwitches).toHaveLength(USER_SWITCHES.length);
    expect(dump.user.customTerms).toEqual(USER_TERMS);
    expect(dump.user.siteRules).toEqual(USER_RULES);
    expect(dump.user.settings).toEqual(USER_SETTINGS);
    expect(dump.user.imports).toEqual([]);
  });

  it('refuses to open at a version it has no step for', () => {
    expect(() => upgradeSchema({} as never, SCHEMA_VERSION, SCHEMA_VERSION + 1, {} as never)).toThrow(
      /No upgrade step/,
    );
  });
});
