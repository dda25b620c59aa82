import type { Alias, Attribution, Bounty, DataSource, Group, Incident, SourceLink } from '../dataset/types';
import type {
  CustomTerm,
  DatasetMeta,
  ImportRecord,
  SettingRecord,
  SiteRule,
  StoreDump,
  WatchSwitch,
} from '../store/records';
import type { Shape } from './shape';
import {
  anyJson,
  arrayOf,
  boolean,
  finiteNumber,
  integer,
  nonEmptyString,
  nullable,
  objectShape,
  oneOf,
  optional,
  string,
} from './shape';

/** The shape of every record a backup may hold, one per store record type. */

const strings = arrayOf(string);

export const sourceLinkShape = objectShape<SourceLink>({ url: string, title: string });

export const dataSourceShape = objectShape<DataSource>({
  id: nonEmptyString,
  name: string,
  producer: string,
  url: optional(string),
  licence: optional(string),
  snapshot: optional(string),
  notices: optional(strings),
  kind: oneOf('bundled', 'curated', 'imported'),
});

export const groupShape = objectShape<Group>({
  id: nonEmptyString,
  name: nonEmptyString,
  kind: oneOf('group', 'umbrella', 'campaign'),
  summary: string,
  sponsor: string,
  country: oneOf('KP'),
  attackId: optional(string),
  mispUuid: optional(string),
  parentIds: strings,
  sources: strings,
  links: arrayOf(sourceLinkShape),
  firstSeen: optional(string),
});

export const aliasShape = objectShape<Alias>({
  id: nonEmptyString,
  groupId: nonEmptyString,
  name: nonEmptyString,
  lang: string,
  caseSensitive: boolean,
  ambiguity: nullable(oneOf('chemical-element', 'surname', 'fictional-character', 'common-word')),
  sources: strings,
  usedBy: strings,
  disputed: boolean,
  alsoGroupIds: strings,
  rank: optional(integer),
});

export const bountyShape = objectShape<Bounty>({
  id: nonEmptyString,
  date: string,
  program: string,
  isRewardsForJustice: boolean,
  maxAmountUsd: finiteNumber,
  scope: string,
  namedGroups: strings,
  namedPeople: strings,
  groupIds: strings,
  sources: arrayOf(sourceLinkShape),
  discrepancy: optional(string),
});

const attributionShape = objectShape<Attribution>({
  kind: oneOf('us-gov', 'other-gov', 'vendor'),
  by: string,
  date: optional(string),
  source: sourceLinkShape,
});

export const incidentShape = objectShape<Incident>({
  id: nonEmptyString,
  name: string,
  date: string,
  victim: string,
  lossUsd: nullable(finiteNumber),
  groupIds: strings,
  attributions: arrayOf(attributionShape),
  disputed: boolean,
  summary: string,
  sources: arrayOf(sourceLinkShape),
});

export const datasetMetaShape = objectShape<DatasetMeta>({
  key: oneOf('dataset'),
  version: string,
  builtAt: string,
  loadedAt: string,
});

export const watchSwitchShape = objectShape<WatchSwitch>({ target: nonEmptyString, enabled: boolean });

export const customTermShape = objectShape<CustomTerm>({
  id: nonEmptyString,
  text: string,
  label: string,
  color: string,
  caseSensitive: boolean,
  wholeWord: boolean,
  enabled: boolean,
  createdAt: string,
});

export const siteRuleShape = objectShape<SiteRule>({
  id: nonEmptyString,
  pattern: string,
  mode: oneOf('deny', 'allow'),
  createdAt: string,
});

export const settingShape = objectShape<SettingRecord>({ key: nonEmptyString, value: anyJson });

export const importRecordShape = objectShape<ImportRecord>({
  id: nonEmptyString,
  source: dataSourceShape,
  importedAt: string,
  groups: arrayOf(groupShape),
  aliases: arrayOf(aliasShape),
  incidents: arrayOf(incidentShape),
});

export const storeDumpShape: Shape = objectShape<StoreDump>({
  schemaVersion: integer,
  dataset: objectShape<StoreDump['dataset']>({
    meta: nullable(datasetMetaShape),
    sources: arrayOf(dataSourceShape),
    groups: arrayOf(groupShape),
    aliases: arrayOf(aliasShape),
    bounties: arrayOf(bountyShape),
    incidents: arrayOf(incidentShape),
  }),
  user: objectShape<StoreDump['user']>({
    watchSwitches: arrayOf(watchSwitchShape),
    customTerms: arrayOf(customTermShape),
    siteRules: arrayOf(siteRuleShape),
    settings: arrayOf(settingShape),
    imports: arrayOf(importRecordShape),
  }),
});

/** Each store's key field, to refuse two records under one key (a restore would silently keep one). */
export const STORE_KEYS: readonly { store: string; section: 'dataset' | 'user'; key: string }[] = [
  { section: 'dataset', store: 'sources', key: 'id' },
  { section: 'dataset', store: 'groups', key: 'id' },
  { section: 'dataset', store: 'aliases', key: 'id' },
  { section: 'dataset', store: 'bounties', key: 'id' },
  { section: 'dataset', store: 'incidents', key: 'id' },
  { section: 'user', store: 'watchSwitches', key: 'target' },
  { section: 'user', store: 'customTerms', key: 'id' },
  { section: 'user', store: 'siteRules', key: 'id' },
  { section: 'user', store: 'settings', key: 'key' },
  { section: 'user', store: 'imports', key: 'id' },
];
