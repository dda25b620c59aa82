import { describe, expect, it } from 'vitest';
import { analyseImportFile, parseImportFile, previewImport } from '../../../src/shared/import';
import { currentDataset } from './current-dataset';
import { IMPORTED_AT, readFixture } from './fixtures';

function analyse(known = currentDataset()) {
  const { text, byteLength } = readFixture('valid/misp-small.json');
  const result = analyseImportFile('team-actors.json', text, byteLength, IMPORTED_AT, known);
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  return result.value;
}

describe('MISP galaxy cluster import', () => {
  it('builds the record id and source from the file', () => {
    const { record, format } = analyse();
    expect(format).toBe('misp-galaxy');
    expect(record.id).toBe(`import:${IMPORTED_AT}:team-actors.json`);
    expect(record.source).toEqual({
      id: record.id,
      name: 'team-actors.json',
      producer: 'Analyst One, Analyst Two',
      kind: 'imported',
    });
  });

  it('puts names of known groups under their ids, and makes new NK entries new groups', () => {
    const { record } = analyse();
    expect(record.groups.map((g) => g.id)).toEqual(['imp-storm-9999']);
    const storm = record.groups[0]!;
    expect(storm).toMatchObject({
      name: 'Storm-9999',
      kind: 'group',
      country: 'KP',
      sponsor: '',
      summary: 'Imported from team-actors.json.',
      sources: [record.id],
      links: [{ url: 'https://example.org/storm-9999', title: 'example.org' }],
      mispUuid: '0000000e-2222-4222-8222-00000000000e',
    });
    const lazarusNames = record.aliases.filter((a) => a.groupId === 'lazarus-group').map((a) => a.name);
    expect(lazarusNames).toEqual(['Lazarus Group', 'HIDDEN COBRA', 'Diamond Sleet', '라자루스']);
    // Andariel has no country in the file but matches a known group, so it is taken.
    expect(record.aliases.filter((a) => a.groupId === 'andariel').map((a) => a.name)).toEqual([
      'Andariel',
      'Stonefly',
    ]);
    // The second "Storm-9999" entry folds into the first.
    expect(record.aliases.filter((a) => a.groupId === 'imp-storm-9999').map((a) => a.name)).toEqual([
      'Storm-9999',
      'Second Entry Name',
    ]);
  });

  it('shapes alias records as the dataset expects', () => {
    const { record } = analyse();
    const korean = record.aliases.find((a) => a.name === '라자루스');
    expect(korean).toEqual({
      id: 'lazarus-group:라자루스',
      groupId: 'lazarus-group',
      name: '라자루스',
      lang: 'ko',
      caseSensitive: false,
      ambiguity: null,
      sources: [record.id],
      usedBy: [],
      disputed: false,
      alsoGroupIds: [],
    });
  });

  it('skips entries not attributed to North Korea, and notes dropped links', () => {
    const analysis = analyse();
    expect(analysis.skipped).toEqual([{ name: 'APT28', reason: 'not attributed to North Korea' }]);
    expect(analysis.notes).toEqual([
      'Dropped the link at $.values[0].meta.refs[1]: it is not an http(s) URL.',
    ]);
    expect(JSON.stringify(analysis.record)).not.toContain('Never copied');
  });

  it('previews new and changed groups against the current dataset', () => {
    const analysis = analyse();
    const preview = previewImport(analysis.record, currentDataset(), analysis.skipped);
    expect(preview.newGroups).toEqual([{ id: 'imp-storm-9999', name: 'Storm-9999' }]);
    expect(preview.changedGroups).toEqual([
      { id: 'lazarus-group', name: 'Lazarus Group', newAliases: ['Diamond Sleet', '라자루스'] },
      { id: 'andariel', name: 'Andariel', newAliases: ['Stonefly'] },
    ]);
    // Kimsuky: "APT 43" is the known "APT43" spelled with a space; nothing new.
    expect(preview.unchangedCount).toBe(1);
    expect(preview.touchedGroupIds).toEqual(['imp-storm-9999', 'lazarus-group', 'andariel']);
    expect(preview.skipped).toEqual(analysis.skipped);
    expect(preview.newIncidents).toEqual([]);
  });

  it('gives the same preview when parsed without knowing the current groups', () => {
    const analysis = analyse({ groups: [], aliases: [], incidents: [] });
    // Without known groups only NK entries are taken, as new groups...
    expect(analysis.record.groups.map((g) => g.id)).toEqual([
      'imp-lazarus-group',
      'imp-kimsuky',
      'imp-storm-9999',
    ]);
    // ...which the preview resolves to the known groups they name.
    const preview = previewImport(analysis.record, currentDataset());
    expect(preview.newGroups).toEqual([{ id: 'imp-storm-9999', name: 'Storm-9999' }]);
    expect(preview.changedGroups).toEqual([
      { id: 'lazarus-group', name: 'Lazarus Group', newAliases: ['Diamond Sleet', '라자루스'] },
    ]);
    expect(preview.unchangedCount).toBe(1);
  });
});

describe('parseImportFile then previewImport (the background handler flow)', () => {
  it('reports the skipped entries without the caller passing them', () => {
    const { text, byteLength } = readFixture('valid/misp-small.json');
    const parsed = parseImportFile('team-actors.json', text, byteLength, IMPORTED_AT);
    if (!parsed.ok) {
      throw new Error(parsed.error.message);
    }
    // Parsed without the known groups, Andariel (no country in the file) is not taken.
    expect(previewImport(parsed.value, currentDataset()).skipped).toEqual([
      { name: 'Andariel', reason: 'not attributed to North Korea' },
      { name: 'APT28', reason: 'not attributed to North Korea' },
    ]);
    // A cloned record (after messaging or storage) no longer carries them.
    expect(previewImport(structuredClone(parsed.value), currentDataset()).skipped).toEqual([]);
  });
});
