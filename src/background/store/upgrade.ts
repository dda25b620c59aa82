import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ThreatLensDB } from './schema';

type UpgradeTransaction = IDBPTransaction<ThreatLensDB, StoreNames<ThreatLensDB>[], 'versionchange'>;
type Step = (db: IDBPDatabase<ThreatLensDB>, transaction: UpgradeTransaction) => void;

/**
 * The upgrade ladder: STEPS[n - 1] takes the database from version n-1 to n.
 * Steps run in order from the stored version up to the requested one, so a
 * user several versions behind passes through all of them. Never edit a
 * shipped step; add a new one and raise SCHEMA_VERSION.
 */
const STEPS: Step[] = [
  // 1: the dataset and the user's switches, terms, site rules and settings.
  (db) => {
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('sources', { keyPath: 'id' });
    db.createObjectStore('groups', { keyPath: 'id' });
    db.createObjectStore('aliases', { keyPath: 'id' });
    db.createObjectStore('bounties', { keyPath: 'id' });
    db.createObjectStore('incidents', { keyPath: 'id' });
    db.createObjectStore('watchSwitches', { keyPath: 'target' });
    db.createObjectStore('customTerms', { keyPath: 'id' });
    db.createObjectStore('siteRules', { keyPath: 'id' });
    db.createObjectStore('settings', { keyPath: 'key' });
  },
  // 2: user imports, kept whole; aliases looked up by group.
  (db, transaction) => {
    db.createObjectStore('imports', { keyPath: 'id' });
    transaction.objectStore('aliases').createIndex('byGroup', 'groupId');
  },
];

export const LATEST_STEP = STEPS.length;

export function upgradeSchema(
  db: IDBPDatabase<ThreatLensDB>,
  oldVersion: number,
  newVersion: number,
  transaction: UpgradeTransaction,
): void {
  for (let version = oldVersion + 1; version <= newVersion; version++) {
    const step = STEPS[version - 1];
    if (!step) {
      throw new Error(`No upgrade step to schema version ${version}.`);
    }
    step(db, transaction);
  }
}
