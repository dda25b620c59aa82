import type { Alias, Bounty, DataSource, Group, Incident } from '../dataset/types';

/**
 * Records of the user's own data. They live in object stores apart from the
 * dataset so a reload of the bundled dataset can never touch them.
 */

/** A switch the user flipped. Only switched-off targets are stored. */
export interface WatchSwitch {
  /** "group:<groupId>" or "alias:<aliasId>". */
  target: string;
  enabled: boolean;
}

export interface CustomTerm {
  id: string; // "custom:<uuid>"
  text: string;
  label: string;
  /** CSS colour, e.g. "#ffb000". */
  color: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  enabled: boolean;
  createdAt: string;
}

export interface SiteRule {
  id: string;
  /** Host pattern: "example.com" (and its subdomains), "*.example.com", or a full URL prefix. */
  pattern: string;
  mode: 'deny' | 'allow';
  createdAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/**
 * One confirmed import from a file. Kept whole, as user data, and merged over
 * the bundled dataset when read, so reloading the bundled dataset never loses it.
 */
export interface ImportRecord {
  id: string; // "import:<timestamp>:<file name>"
  source: DataSource; // kind 'imported'; name = file name, producer = file's producer
  importedAt: string;
  groups: Group[];
  aliases: Alias[];
  incidents: Incident[];
}

export interface DatasetMeta {
  key: 'dataset';
  version: string;
  builtAt: string;
  loadedAt: string;
}

/** Everything in the store, as one JSON-able value (backups, tests). */
export interface StoreDump {
  schemaVersion: number;
  dataset: {
    meta: DatasetMeta | null;
    sources: DataSource[];
    groups: Group[];
    aliases: Alias[];
    bounties: Bounty[];
    incidents: Incident[];
  };
  user: {
    watchSwitches: WatchSwitch[];
    customTerms: CustomTerm[];
    siteRules: SiteRule[];
    settings: SettingRecord[];
    imports: ImportRecord[];
  };
}
