import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/shared/dataset/types';
import { validateDataset } from '../../../src/shared/dataset/validate';
import { analyseImportFile, importSources, mergeDataset, previewImport } from '../../../src/shared/import';
import { currentDataset } from './current-dataset';
import { IMPORTED_AT, readSharedData } from './fixtures';

/** The real upstream files in ../shared/data; each test skips (with a console note) when they are absent. */

function analyseShared(relativePath: string, known?: ReturnType<typeof currentDataset>) {
  const file = readSharedData(relativePath);
  if (!file) {
    return null;
  }
  const result = analyseImportFile(
    relativePath.split('/').pop()!,
    file.text,
    file.byteLength,
    IMPORTED_AT,
    known,
  );
  if (!result.ok) {
    throw new Error(`${result.error.code}: ${result.error.message}`);
  }
  return result.value;
}

const NK_ATTACK_GROUPS = [
  'APT38',
  'Kimsuky',
  'AppleJeus',
  'Andariel',
  'Contagious Interview',
  'APT37',
  'Lazarus Group',
  'Moonstone Sleet',
];

describe('real ATT&CK Enterprise bundle (STIX 2.0)', () => {
  it('takes the North Korean intrusion sets and skips the rest with reasons', () => {
    const analysis = analyseShared('mitre-attack/enterprise-groups-bundle.json');
    if (!analysis) {
      return;
    }
    const { record, skipped } = analysis;
    expect(record.source.producer).toBe('The MITRE Corporation');
    expect(record.groups.map((g) => g.name)).toEqual(NK_ATTACK_GROUPS);
    expect(record.groups.find((g) => g.name === 'Lazarus Group')?.attackId).toBe('G0032');
    const skippedNames = new Map(skipped.map((s) => [s.name, s.reason]));
    expect(skippedNames.get('APT28')).toBe('not attributed to North Korea');
    // Higaisa's description mentions North Korea only as a target.
    expect(skippedNames.get('Higaisa')).toBe('not attributed to North Korea');
    expect(skippedNames.get('Stolen Pencil')).toBe('revoked in the file');
    expect(skipped.every((s) => s.reason.length > 0)).toBe(true);
    expect(skipped.length).toBeGreaterThan(170);
    expect(record.incidents.map((i) => [i.name, i.date, i.groupIds])).toEqual([
      ['Operation Dream Job', '2019-09-01', ['imp-lazarus-group']],
      ['3CX Supply Chain Attack', '2022-11-01', ['imp-applejeus']],
    ]);
    expect(JSON.stringify(record)).not.toContain('state-sponsored');
  });

  it('previews against a small current dataset: known groups change, the others are new', () => {
    const analysis = analyseShared('mitre-attack/enterprise-groups-bundle.json', currentDataset());
    if (!analysis) {
      return;
    }
    const preview = previewImport(analysis.record, currentDataset(), analysis.skipped);
    expect(preview.newGroups.map((g) => g.name)).toEqual([
      'APT38',
      'AppleJeus',
      'Contagious Interview',
      'APT37',
      'Moonstone Sleet',
    ]);
    const changed = new Map(preview.changedGroups.map((g) => [g.id, g.newAliases]));
    expect([...changed.keys()]).toEqual(['kimsuky', 'andariel', 'lazarus-group']);
    expect(changed.get('lazarus-group')).toEqual(
      expect.arrayContaining(['Labyrinth Chollima', 'Guardians of Peace', 'NICKEL ACADEMY', 'Diamond Sleet']),
    );
    expect(changed.get('lazarus-group')).not.toContain('HIDDEN COBRA');
    expect(changed.get('andariel')).toEqual(['PLUTONIUM', 'Onyx Sleet']);
    expect(preview.unchangedCount).toBe(0);
    expect(preview.newIncidents.map((i) => i.name)).toEqual([
      'Operation Dream Job',
      '3CX Supply Chain Attack',
    ]);
    expect(preview.touchedGroupIds).toContain('lazarus-group');
    expect(analysis.record.incidents[0]?.groupIds).toEqual(['lazarus-group']);
  });

  it('merges into a dataset that still passes validateDataset', () => {
    const analysis = analyseShared('mitre-attack/enterprise-groups-bundle.json', currentDataset());
    if (!analysis) {
      return;
    }
    const merged = mergeDataset(currentDataset(), [analysis.record]);
    const dataset: Dataset = {
      version: 'test',
      builtAt: '2026-01-01',
      sources: [
        { id: 'bundled-test', name: 'test', producer: 'test', kind: 'bundled' },
        ...importSources([analysis.record]),
      ],
      bounties: [],
      ...merged,
    };
    expect(validateDataset(dataset)).toEqual([]);
    // "Silent Chollima" is the known Andariel's; ATT&CK has no other holder, so nothing is disputed yet.
    expect(merged.aliases.filter((a) => a.disputed)).toEqual([]);
  });
});

describe('real MISP galaxy clusters', () => {
  it('imports the KP actors of threat-actor.json', () => {
    const analysis = analyseShared('misp-galaxy/threat-actor.json');
    if (!analysis) {
      return;
    }
    const names = analysis.record.groups.map((g) => g.name);
    expect(analysis.record.source.producer).toBe('MISP Project');
    expect(names).toEqual(
      expect.arrayContaining(['Lazarus Group', 'Kimsuky', 'APT37', 'Silent Chollima', 'APT45']),
    );
    expect(names).not.toContain('APT28');
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(analysis.record.groups.every((g) => g.mispUuid && g.country === 'KP')).toBe(true);
    expect(analysis.skipped.find((s) => s.name === 'APT28')?.reason).toBe('not attributed to North Korea');
  });

  it('imports the KP activity groups of microsoft-activity-group.json and matches known ones', () => {
    const analysis = analyseShared('misp-galaxy/microsoft-activity-group.json', currentDataset());
    if (!analysis) {
      return;
    }
    const preview = previewImport(analysis.record, currentDataset(), analysis.skipped);
    // Diamond Sleet lists Lazarus/ZINC, Emerald Sleet lists Kimsuky, Onyx Sleet lists Andariel.
    expect(preview.changedGroups.map((g) => g.id).sort()).toEqual(['andariel', 'kimsuky', 'lazarus-group']);
    expect(preview.newGroups.map((g) => g.name)).toEqual(
      expect.arrayContaining(['Citrine Sleet', 'Moonstone Sleet']),
    );
  });
});
