import type { IDBPTransaction, StoreNames } from 'idb';
import type { StoreDump } from '../../shared/store/records';
import type { Store } from './open';
import { ALL_STORES, SCHEMA_VERSION, type ThreatLensDB } from './schema';

/** A transaction that covers at least the dataset stores. */
export type DatasetReadTransaction = IDBPTransaction<
  ThreatLensDB,
  StoreNames<ThreatLensDB>[],
  IDBTransactionMode
>;

/** The dataset stores' records, read within the caller's transaction (one consistent snapshot). */
export async function readDatasetStores(tx: DatasetReadTransaction): Promise<StoreDump['dataset']> {
  const [meta, sources, groups, aliases, bounties, incidents] = await Promise.all([
    tx.objectStore('meta').get('dataset'),
    tx.objectStore('sources').getAll(),
    tx.objectStore('groups').getAll(),
    tx.objectStore('aliases').getAll(),
    tx.objectStore('bounties').getAll(),
    tx.objectStore('incidents').getAll(),
  ]);
  return { meta: meta ?? null, sources, groups, aliases, bounties, incidents };
}

/** Reads every store in one read transaction, so the dump is a consistent snapshot. */
export async function dumpStore(db: Store): Promise<StoreDump> {
  const stores: StoreNames<ThreatLensDB>[] = [...ALL_STORES];
  const tx = db.transaction(stores, 'readonly');
  const dataset = await readDatasetStores(tx);
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
    dataset,
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
  const requests: Promise<unknown>[] = [];
  let failure: unknown = null;
  try {
    requests.push(...ALL_STORES.map((name) => tx.objectStore(name).clear()));
    const { dataset, user } = dump;
    const put = <N extends (typeof ALL_STORES)[number]>(name: N, records: readonly unknown[]) => {
      for (const record of records) {
        requests.push(tx.objectStore(name).put(record as never));
      }
    };
    put('meta', dataset.meta ? [dataset.meta] : []);
    put('sources', dataset.sources);
    put('groups', dataset.groups);
    put('aliases', dataset.aliases);
    put('bounties', dataset.bounties);
    put('incidents', dataset.incidents);
    put('watchSwitches', user.watchSwitches);
    put('customTerms', user.customTerms);
    put('siteRules', user.siteRules);
    put('settings', user.settings);
    put('imports', user.imports);
  } catch (error) {
    // A record IndexedDB refuses outright (no key) throws here, before any request fails.
    failure = error;
  }
  if (failure === null) {
    const rejected = (await Promise.allSettled(requests)).find((result) => result.status === 'rejected');
    failure = rejected ? (rejected as PromiseRejectedResult).reason : null;
  }
  if (failure !== null) {
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request.
    }
    await Promise.allSettled([...requests, tx.done]);
    throw failure;
  }
  await tx.done;
}
