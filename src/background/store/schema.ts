import type { DBSchema } from 'idb';
import type { Alias, Bounty, DataSource, Group, Incident } from '../../shared/dataset/types';
import type {
  CustomTerm,
  DatasetMeta,
  ImportRecord,
  SettingRecord,
  SiteRule,
  WatchSwitch,
} from '../../shared/store/records';

export const DB_NAME = 'nk-threat-lens';

/**
 * The current schema version. Each version's step in upgrade.ts is never
 * edited once shipped; a change adds a new step.
 *   1: dataset stores (sources, groups, aliases, bounties, incidents, meta)
 *      and user stores (watchSwitches, customTerms, siteRules, settings)
 *   2: imports (user imports kept whole) and an aliases-by-group index
 */
export const SCHEMA_VERSION = 2;

export interface ThreatLensDB extends DBSchema {
  // The bundled dataset: replaced as a whole when its version changes.
  meta: { key: string; value: DatasetMeta };
  sources: { key: string; value: DataSource };
  groups: { key: string; value: Group };
  aliases: { key: string; value: Alias; indexes: { byGroup: string } };
  bounties: { key: string; value: Bounty };
  incidents: { key: string; value: Incident };
  // The user's data: never touched by a dataset reload.
  watchSwitches: { key: string; value: WatchSwitch };
  customTerms: { key: string; value: CustomTerm };
  siteRules: { key: string; value: SiteRule };
  settings: { key: string; value: SettingRecord };
  imports: { key: string; value: ImportRecord };
}

export const DATASET_STORES = ['meta', 'sources', 'groups', 'aliases', 'bounties', 'incidents'] as const;
export const USER_STORES = ['watchSwitches', 'customTerms', 'siteRules', 'settings', 'imports'] as const;
export const ALL_STORES = [...DATASET_STORES, ...USER_STORES] as const;

export type DatasetStoreName = (typeof DATASET_STORES)[number];
export type UserStoreName = (typeof USER_STORES)[number];
