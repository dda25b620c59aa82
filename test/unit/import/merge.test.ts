import { describe, expect, it } from 'vitest';
import { aliasId } from '../../../src/shared/dataset/normalise';
import type { Group } from '../../../src/shared/dataset/types';
import { mergeDataset, previewImport } from '../../../src/shared/import';
import { newAlias } from '../../../src/shared/import/build-record';
import type { ImportRecord } from '../../../src/shared/store/records';
import { alias, currentDataset, group } from './current-dataset';

function record(id: string, parts: Partial<ImportRecord>): ImportRecord {
  return {
    id,
    source: { id, name: `${id}.json`, producer: 'test', kind: 'imported' },
    importedAt: '2026-01-01T00:00:00Z',
    groups: [],
    aliases: [],
    incidents: [],
    ...parts,
  };
}

function importedGroup(id: string, name: string, extra: Partial<Group> = {}): Group {
  return { ...group(id, name, extra), summary: '', sponsor: '', sources: [] };
}

describe('mergeDataset', () => {
  it('returns the base unchanged for no imports, and never mutates its inputs', () => {
    const base = currentDataset();
    const snapshot = structuredClone(base);
    const imports = [record('import:a', { aliases: [newAlias('kimsuky', 'Emerald Sleet', 'import:a')] })];
    const importsSnapshot = structuredClone(imports);
    expect(mergeDataset(base, [])).toEqual(snapshot);
    mergeDataset(base, imports);
    expect(base).toEqual(snapshot);
    expect(imports).toEqual(importsSnapshot);
  });

  it('adds new names under known groups with the import source, and credits names it confirms', () => {
    const merged = mergeDataset(currentDataset(), [
      record('import:a', {
        aliases: [
          newAlias('kimsuky', 'Emerald Sleet', 'import:a'),
          newAlias('kimsuky', 'Kimsuky', 'import:a'),
        ],
      }),
    ]);
    expect(merged.aliases.find((a) => a.name === 'Emerald Sleet')).toMatchObject({
      id: 'kimsuky:emerald sleet',
      groupId: 'kimsuky',
      sources: ['import:a'],
    });
    expect(merged.aliases.find((a) => a.id === aliasId('kimsuky', 'Kimsuky'))?.sources).toEqual([
      'bundled-test',
      'import:a',
    ]);
    expect(merged.groups.find((g) => g.id === 'kimsuky')?.sources).toEqual(['bundled-test', 'import:a']);
  });

  it('marks a name disputed once two groups hold it, keeping curated flags', () => {
    const base = currentDataset();
    base.aliases.push(alias('andariel', 'Onyx Sleet', { disputed: true, alsoGroupIds: ['curated-other'] }));
    const merged = mergeDataset(base, [
      record('import:a', { aliases: [newAlias('lazarus-group', 'Silent Chollima', 'import:a')] }),
      record('import:b', { aliases: [newAlias('kimsuky', 'silent-chollima', 'import:b')] }),
    ]);
    const holders = merged.aliases.filter((a) => a.name.toLowerCase().startsWith('silent'));
    expect(holders.map((a) => [a.groupId, a.disputed, [...a.alsoGroupIds].sort()])).toEqual([
      ['andariel', true, ['kimsuky', 'lazarus-group']],
      ['lazarus-group', true, ['andariel', 'kimsuky']],
      ['kimsuky', true, ['andariel', 'lazarus-group']],
    ]);
    const onyx = merged.aliases.find((a) => a.name === 'Onyx Sleet');
    expect(onyx).toMatchObject({ disputed: true, alsoGroupIds: ['curated-other'] });
    expect(merged.aliases.find((a) => a.name === 'Kimsuky')?.disputed).toBe(false);
  });

  it('folds an imported group into a known group that now has the same ATT&CK id', () => {
    const imported = importedGroup('imp-apt-lazarus', 'Lazarus (vendor name)', { attackId: 'G0032' });
    const merged = mergeDataset(currentDataset(), [
      record('import:a', {
        groups: [imported],
        aliases: [newAlias('imp-apt-lazarus', 'Lazarus (vendor name)', 'import:a')],
        incidents: [
          {
            id: 'imp-op',
            name: 'Op',
            date: '2020',
            victim: '',
            lossUsd: null,
            groupIds: ['imp-apt-lazarus'],
            attributions: [],
            disputed: false,
            summary: '',
            sources: [{ url: 'https://example.org/op', title: 'op' }],
          },
        ],
      }),
    ]);
    expect(merged.groups.map((g) => g.id)).toEqual(['lazarus-group', 'kimsuky', 'andariel']);
    expect(merged.aliases.find((a) => a.name === 'Lazarus (vendor name)')?.groupId).toBe('lazarus-group');
    expect(merged.incidents[0]?.groupIds).toEqual(['lazarus-group']);
    expect(merged.groups[0]?.links.map((l) => l.url)).toContain('https://example.org/imp-apt-lazarus');
  });

  it('keeps one group when two imports bring the same new group, with both sources', () => {
    const g = importedGroup('imp-storm-1', 'Storm-1');
    const merged = mergeDataset(currentDataset(), [
      record('import:a', {
        groups: [{ ...g, sources: ['import:a'] }],
        aliases: [newAlias(g.id, 'Storm-1', 'import:a')],
      }),
      record('import:b', {
        groups: [{ ...g, sources: ['import:b'] }],
        aliases: [newAlias(g.id, 'Storm One', 'import:b')],
      }),
    ]);
    expect(merged.groups.filter((x) => x.id === 'imp-storm-1')).toHaveLength(1);
    expect(merged.groups.find((x) => x.id === 'imp-storm-1')?.sources).toEqual(['import:a', 'import:b']);
    expect(merged.aliases.filter((a) => a.groupId === 'imp-storm-1').map((a) => a.name)).toEqual([
      'Storm-1',
      'Storm One',
    ]);
  });

  it('drops names whose group no longer exists rather than pointing nowhere', () => {
    const merged = mergeDataset(currentDataset(), [
      record('import:a', { aliases: [newAlias('removed-group', 'Ghost Name', 'import:a')] }),
    ]);
    expect(merged.aliases.some((a) => a.name === 'Ghost Name')).toBe(false);
  });

  it('handles names that are JavaScript property names without touching prototypes', () => {
    const g = importedGroup('imp-constructor', 'constructor');
    const merged = mergeDataset(currentDataset(), [
      record('import:a', {
        groups: [g],
        aliases: [newAlias(g.id, '__proto__', 'import:a'), newAlias(g.id, 'toString', 'import:a')],
      }),
    ]);
    expect(merged.aliases.filter((a) => a.groupId === g.id).map((a) => a.name)).toEqual([
      '__proto__',
      'toString',
    ]);
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
  });
});

describe('mergeDataset and previewImport with incidents the dataset already has', () => {
  it('folds an imported campaign into the known incident of the same name', () => {
    const base = currentDataset();
    base.incidents.push({
      id: 'operation-dream-job-2019',
      name: 'Operation Dream Job',
      date: '2019-09',
      victim: 'Defence and aerospace staff',
      lossUsd: null,
      groupIds: ['lazarus-group'],
      attributions: [],
      disputed: false,
      summary: 'Curated.',
      sources: [{ url: 'https://example.org/dream-job', title: 'curated' }],
    });
    const imported = record('import:a', {
      incidents: [
        {
          id: 'imp-operation-dream-job',
          name: 'Operation  Dream-Job',
          date: '2019-09-01',
          victim: '',
          lossUsd: null,
          groupIds: ['kimsuky'],
          attributions: [],
          disputed: false,
          summary: '',
          sources: [{ url: 'https://attack.mitre.org/campaigns/C0022', title: 'MITRE ATT&CK' }],
        },
      ],
    });
    expect(previewImport(imported, base).newIncidents).toEqual([]);
    const merged = mergeDataset(base, [imported]);
    expect(merged.incidents).toHaveLength(1);
    expect(merged.incidents[0]).toMatchObject({
      id: 'operation-dream-job-2019',
      summary: 'Curated.',
      groupIds: ['lazarus-group', 'kimsuky'],
    });
    expect(merged.incidents[0]?.sources.map((s) => s.url)).toEqual([
      'https://example.org/dream-job',
      'https://attack.mitre.org/campaigns/C0022',
    ]);
  });
});
