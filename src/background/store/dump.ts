import type { StoreDump } from '../../shared/store/records';
import type { Store } from './open';
import { ALL_STORES, SCHEMA_VERSION } from './schema';

/** Reads every store in one read transaction, so the dump is a consistent snapshot. */
export async function dumpStore(db: Store): Promise<StoreDump> {
  const tx = db.transaction(ALL_STORES, 'readonly');
  const [meta, sources, groups, aliases, bounties, incidents] = await Promise.all([
    tx.objectStore('meta').get('dataset'),
    tx.objectStore('sources').getAll(),
    tx.objectStore('groups').getAll(),
    tx.objectStore('aliases').getAll(),
    tx.objectStore('bounties').getAll(),
    tx.objectStore('incidents').getAll(),
  ]);
  const [watchSwitches, customTerms, siteRules, settings, imports] = await Promise.all([
    tx.objectStore('watchSwitches').getAll(),
    tx.objectStore('customTerms').getAll(),
    tx.objectStore('siteRules').getAll(),
    tx.objectStore('settings').getAll(),
    tx.objectStore('imports').getAll(),
  ]);
  await tx.done;
  return {
    schemaVersion: SCHEMA_VERSION,
    dataset: { meta: meta ?? null, sources, groups, aliases, bounties, incidents },
    user: { watchSwitches, customTerms, siteRules, settings, imports },
  };
}

/**
 * Replaces the whole store with a dump in one transaction: if any write
 * fails the transaction aborts and the store is exactly as it was.
 * The dump must already be validated (backup/parseBackup).
 */
export async function restoreStore(db: Store, dump: StoreDump): Promise<void> {
  const tx = db.transaction(ALL_STORES, 'readwrite');
  const done = tx.done;
  try {
    await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
    const { dataset, user } = dump;
    await Promise.all([
      ...(dataset.meta ? [tx.objectStore('meta').put(dataset.meta)] : []),
      ...dataset.sources.map((record) => tx.objectStore('sources').put(record)),
      ...dataset.groups.map((record) => tx.objectStore('groups').put(record)),
      ...dataset.aliases.map((record) => tx.objectStore('aliases').put(record)),
      ...dataset.bounties.map((record) => tx.objectStore('bounties').put(record)),
      ...dataset.incidents.map((record) => tx.objectStore('incidents').put(record)),
      ...user.watchSwitches.map((record) => tx.objectStore('watchSwitches').put(record)),
      ...user.customTerms.map((record) => tx.objectStore('customTerms').put(record)),
      ...user.siteRules.map((record) => tx.objectStore('siteRules').put(record)),
      ...user.settings.map((record) => tx.objectStore('settings').put(record)),
      ...user.imports.map((record) => tx.objectStore('imports').put(record)),
    ]);
  } catch (error) {
    tx.abort();
    await done.catch(() => undefined);
    throw error;
  }
  await done;
}
