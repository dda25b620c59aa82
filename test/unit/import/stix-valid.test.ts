import { describe, expect, it } from 'vitest';
import { analyseImportFile, previewImport } from '../../../src/shared/import';
import { currentDataset } from './current-dataset';
import { IMPORTED_AT, readFixture } from './fixtures';

function analyse() {
  const { text, byteLength } = readFixture('valid/stix21-small.json');
  const result = analyseImportFile('acme.json', text, byteLength, IMPORTED_AT, currentDataset());
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}

describe('STIX 2.1 bundle import', () => {
  it('takes the producer from the identity the objects were created by', () => {
    expect(analyse().record.source.producer).toBe('ACME Intel');
  });

  it('takes actors tied to North Korea by location, by attribution and by ATT&CK id', () => {
    const { record } = analyse();
    expect(record.groups.map((g) => [g.id, g.name])).toEqual([
      ['imp-bureau-121-operators', 'Bureau 121 Operators'],
      ['imp-bluefin', 'Bluefin'],
    ]);
    expect(record.groups[1]).toMatchObject({
      firstSeen: '2021-05-01',
      links: [{ url: 'https://acme.example/bluefin', title: 'acme' }],
    });
    expect(record.aliases.filter((a) => a.groupId === 'lazarus-group').map((a) => a.name)).toEqual([
      'Lazarus Group',
      'NICKEL ACADEMY',
    ]);
  });

  it('skips foreign groups, including one that only targets North Korea', () => {
    const { skipped, ignoredObjectCount } = analyse();
    expect(skipped).toEqual([
      { name: 'Sandworm Team', reason: 'not attributed to North Korea' },
      { name: 'Watchers of the North', reason: 'not attributed to North Korea' },
      { name: 'Undated Operation', reason: 'campaign has no first_seen date' },
    ]);
    expect(ignoredObjectCount).toBe(2); // marking-definition, malware
  });

  it('turns a dated campaign attributed to a taken group into an incident', () => {
    const { record } = analyse();
    expect(record.incidents).toEqual([
      {
        id: 'imp-operation-test-harbor',
        name: 'Operation Test Harbor',
        date: '2022-03-04',
        victim: '',
        lossUsd: null,
        groupIds: ['imp-bluefin'],
        attributions: [],
        disputed: false,
        summary: 'Imported from acme.json.',
        sources: [{ url: 'https://acme.example/harbor', title: 'acme' }],
      },
    ]);
  });

  it('previews the touched groups and new incidents', () => {
    const analysis = analyse();
    const preview = previewImport(analysis.record, currentDataset(), analysis.skipped);
    expect(preview.newGroups.map((g) => g.id)).toEqual(['imp-bureau-121-operators', 'imp-bluefin']);
    expect(preview.changedGroups).toEqual([
      { id: 'lazarus-group', name: 'Lazarus Group', newAliases: ['NICKEL ACADEMY'] },
    ]);
    expect(preview.touchedGroupIds).toEqual(['imp-bureau-121-operators', 'imp-bluefin', 'lazarus-group']);
    expect(preview.newIncidents).toEqual([
      { id: 'imp-operation-test-harbor', name: 'Operation Test Harbor' },
    ]);
  });
});
