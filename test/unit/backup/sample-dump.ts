import type { StoreDump } from '../../../src/shared/store/records';

/** A StoreDump with every store filled and every optional field used at least once. */
export function sampleDump(): StoreDump {
  const link = { url: 'https://attack.mitre.org/groups/G0032', title: 'MITRE ATT&CK G0032' };
  return {
    schemaVersion: 3,
    dataset: {
      meta: {
        key: 'dataset',
        version: '2026.02.1',
        builtAt: '2026-02-01',
        loadedAt: '2026-02-02T10:00:00.000Z',
      },
      sources: [
        {
          id: 'mitre-attack',
          name: 'ATT&CK Enterprise',
          producer: 'MITRE',
          url: 'https://attack.mitre.org',
          licence: 'ATT&CK terms of use',
          snapshot: '2025-11-13',
          notices: ['© The MITRE Corporation.'],
          kind: 'bundled',
        },
        { id: 'curated', name: 'Curated', producer: 'NK Threat Lens', kind: 'curated' },
      ],
      groups: [
        {
          id: 'lazarus-group',
          name: 'Lazarus Group',
          kind: 'umbrella',
          summary: 'Our summary.',
          sponsor: 'RGB, DPRK',
          country: 'KP',
          attackId: 'G0032',
          mispUuid: '68391641-859f-4a9a-9a1e-3e5cf71ec376',
          parentIds: [],
          sources: ['mitre-attack'],
          links: [link],
          firstSeen: '2009',
        },
        {
          id: 'apt38',
          name: 'APT38',
          kind: 'group',
          summary: '',
          sponsor: '',
          country: 'KP',
          parentIds: ['lazarus-group'],
          sources: ['curated'],
          links: [],
        },
      ],
      aliases: [
        {
          id: 'lazarus-group:zinc',
          groupId: 'lazarus-group',
          name: 'ZINC',
          lang: 'en',
          caseSensitive: true,
          ambiguity: 'chemical-element',
          sources: ['mitre-attack'],
          usedBy: ['Microsoft'],
          disputed: false,
          alsoGroupIds: [],
        },
        {
          id: 'lazarus-group:라자루스',
          groupId: 'lazarus-group',
          name: '라자루스',
          lang: 'ko',
          caseSensitive: false,
          ambiguity: null,
          sources: ['curated'],
          usedBy: [],
          disputed: true,
          alsoGroupIds: ['apt38'],
        },
      ],
      bounties: [
        {
          id: 'rfj-2024',
          date: '2024-07',
          program: 'Rewards for Justice',
          isRewardsForJustice: true,
          maxAmountUsd: 10_000_000,
          scope: 'Information on RGB cyber actors',
          namedGroups: ['Andariel'],
          namedPeople: ['Rim Jong Hyok'],
          groupIds: ['andariel'],
          sources: [link],
          discrepancy: 'One source says June.',
        },
      ],
      incidents: [
        {
          id: 'bybit-2025',
          name: 'Bybit theft',
          date: '2025-02-21',
          victim: 'Bybit',
          lossUsd: 1.5e9,
          groupIds: ['lazarus-group'],
          attributions: [
            { kind: 'us-gov', by: 'FBI', date: '2025-02-26', source: link },
            { kind: 'vendor', by: 'Mandiant', source: link },
          ],
          disputed: false,
          summary: 'Our summary.',
          sources: [link],
        },
        {
          id: 'no-loss',
          name: 'Espionage case',
          date: '2019',
          victim: 'Ministry',
          lossUsd: null,
          groupIds: [],
          attributions: [],
          disputed: true,
          summary: '',
          sources: [],
        },
      ],
    },
    user: {
      watchSwitches: [
        { target: 'group:apt38', enabled: false },
        { target: 'alias:lazarus-group:zinc', enabled: false },
      ],
      customTerms: [
        {
          id: 'custom:1b4e28ba-2fa1-41d2-883f-0016d3cca427',
          text: 'Famous Chollima',
          label: 'IT workers',
          color: '#ffb000',
          caseSensitive: false,
          wholeWord: true,
          enabled: true,
          createdAt: '2026-01-05T00:00:00.000Z',
        },
      ],
      siteRules: [
        { id: 'site:1', pattern: '*.example.com', mode: 'deny', createdAt: '2026-01-05T00:00:00.000Z' },
      ],
      settings: [
        { key: 'highlightStyle', value: { colour: '#ff0', underline: true, nested: [1, 'two', null] } },
        { key: 'enabled', value: true },
      ],
      imports: [
        {
          id: 'import:2026-01-06T00:00:00.000Z:team.json',
          source: {
            id: 'import:2026-01-06T00:00:00.000Z:team.json',
            name: 'team.json',
            producer: 'Team',
            kind: 'imported',
          },
          importedAt: '2026-01-06T00:00:00.000Z',
          groups: [
            {
              id: 'imp-storm-9999',
              name: 'Storm-9999',
              kind: 'group',
              summary: 'Imported from team.json.',
              sponsor: '',
              country: 'KP',
              parentIds: [],
              sources: ['import:2026-01-06T00:00:00.000Z:team.json'],
              links: [],
            },
          ],
          aliases: [],
          incidents: [],
        },
      ],
    },
  };
}
