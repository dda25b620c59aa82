import type { Dataset } from '../../../src/shared/dataset/types';
import type { CustomTerm, SettingRecord, SiteRule, WatchSwitch } from '../../../src/shared/store/records';

/** A tiny dataset in the real shape; `version` and the group list vary per test. */
export function smallDataset(version: string, groupNames: string[]): Dataset {
  const groups = groupNames.map((name) => ({
    id: name.toLowerCase().replace(/\s+/g, '-'),
    name,
    kind: 'group' as const,
    summary: `${name} summary`,
    sponsor: 'RGB',
    country: 'KP' as const,
    parentIds: [],
    sources: ['curated'],
    links: [{ url: 'https://example.org/g', title: 'example' }],
  }));
  return {
    version,
    builtAt: '2026-01-01',
    sources: [{ id: 'curated', name: 'Curated', producer: 'NK Threat Lens', kind: 'curated' }],
    groups,
    aliases: groups.map((group) => ({
      id: `${group.id}:${group.name.toLowerCase()}`,
      groupId: group.id,
      name: group.name,
      lang: 'en',
      caseSensitive: false,
      ambiguity: null,
      sources: ['curated'],
      usedBy: [],
      disputed: false,
      alsoGroupIds: [],
    })),
    bounties: [],
    incidents: [],
  };
}

export const USER_SWITCHES: WatchSwitch[] = [
  { target: 'group:kimsuky', enabled: false },
  { target: 'alias:lazarus-group:zinc', enabled: false },
];
export const USER_TERMS: CustomTerm[] = [
  {
    id: 'custom:1',
    text: 'Operation Dream Job',
    label: 'Dream Job',
    color: '#ff8800',
    caseSensitive: false,
    wholeWord: true,
    enabled: true,
    createdAt: '2026-01-02T00:00:00.000Z',
  },
];
export const USER_RULES: SiteRule[] = [
  { id: 'site:1', pattern: 'example.com', mode: 'deny', createdAt: '2026-01-03T00:00:00.000Z' },
];
export const USER_SETTINGS: SettingRecord[] = [{ key: 'highlightStyle', value: 'underline' }];
