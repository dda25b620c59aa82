import type { Dataset } from '../../shared/dataset/types';
import type { Store } from './open';
import { DATASET_STORES } from './schema';

/**
 * Loads the bundled dataset when the store holds none or another version.
 * One transaction over the dataset stores only: either the whole new
 * dataset is in, or the old one is untouched, and user stores are never
 * part of the transaction, so they cannot be touched. Returns whether it loaded.
 */
export async function ensureBundledDataset(db: Store, dataset: Dataset, now = new Date()): Promise<boolean> {
  const current = await db.get('meta', 'dataset');
  if (current?.version === dataset.version) {
    return false;
  }
  const tx = db.transaction(DATASET_STORES, 'readwrite');
  await Promise.all(DATASET_STORES.map((name) => tx.objectStore(name).clear()));
  const writes: Promise<unknown>[] = [
    ...dataset.sources.map((record) => tx.objectStore('sources').put(record)),
    ...dataset.groups.map((record) => tx.objectStore('groups').put(record)),
    ...dataset.aliases.map((record, rank) => tx.objectStore('aliases').put({ ...record, rank })),
    ...dataset.bounties.map((record) => tx.objectStore('bounties').put(record)),
    ...dataset.incidents.map((record) => tx.objectStore('incidents').put(record)),
    tx.objectStore('meta').put({
      key: 'dataset',
      version: dataset.version,
      builtAt: dataset.builtAt,
      loadedAt: now.toISOString(),
    }),
  ];
  await Promise.all([...writes, tx.done]);
  return true;
}
