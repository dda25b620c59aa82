import type { StoreNames } from 'idb';
import type { Alias, Bounty, DataSource, Group, Incident } from '../../shared/dataset/types';
import { mergeDataset } from '../../shared/import';
import type { DatasetMeta, ImportRecord } from '../../shared/store/records';
import { readDatasetStores } from '../store/dump';
import type { Store } from '../store/open';
import { DATASET_STORES, type ThreatLensDB } from '../store/schema';

/** The bundled dataset with the user's imports merged over it: what every view reads. */
export interface EffectiveDataset {
  meta: DatasetMeta | null;
  sources: DataSource[];
  groups: Group[];
  aliases: Alias[];
  bounties: Bounty[];
  incidents: Incident[];
  imports: ImportRecord[];
}

export async function readEffectiveDataset(db: Store): Promise<EffectiveDataset> {
  const stores: StoreNames<ThreatLensDB>[] = [...DATASET_STORES, 'imports'];
  const tx = db.transaction(stores, 'readonly');
  const [{ meta, sources, groups, aliases, bounties, incidents }, imports] = await Promise.all([
    readDatasetStores(tx),
    tx.objectStore('imports').getAll(),
  ]);
  await tx.done;
  // Back to dataset order: the primary attribution of a disputed name first.
  aliases.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const merged = mergeDataset({ groups, aliases, incidents }, imports);
  return {
    meta,
    sources: [...sources, ...imports.map((record) => record.source)],
    groups: merged.groups,
    aliases: merged.aliases,
    bounties,
    incidents: merged.incidents,
    imports,
  };
}
