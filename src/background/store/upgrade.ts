import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ThreatLensDB } from './schema';

type UpgradeTransaction = IDBPTransaction<ThreatLensDB, StoreNames<ThreatLensDB>[], 'versionchange'>;

/**
 * The upgrade ladder: each step takes the database from version N-1 to N.
 * Steps run in order from the stored version, so a user several versions
 * behind passes through all of them. Never edit a shipped step.
 */
export function upgradeSchema(
  db: IDBPDatabase<ThreatLensDB>,
  oldVersion: number,
  transaction: UpgradeTransaction,
): void {
  if (oldVersion < 1) {
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
  }
  if (oldVersion < 2) {
    db.createObjectStore('imports', { keyPath: 'id' });
    transaction.objectStore('aliases').createIndex('byGroup', 'groupId');
  }
}
