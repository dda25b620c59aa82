import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/shared/dataset/types';
import { normaliseAliasName } from '../../../src/shared/dataset/normalise';
import { isNorthKoreaAttributed } from '../../../scripts/dataset/nk-attribution';
import { hasSharedData, readCommittedDataset, sharedDir } from './shared-data';

interface Stix {
  type: string;
  name: string;
  description?: string;
  aliases?: string[];
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  external_references?: { source_name: string; external_id?: string }[];
}
interface MispValue {
  uuid: string;
  value: string;
  meta?: { country?: string; synonyms?: string[] };
}

const readJson = (path: string): unknown => {
  const text = readFileSync(resolve(sharedDir, path), 'utf8');
  return JSON.parse(text.replace(/^\uFEFF/u, ''));
};

function expectAlias(d: Dataset, groupId: string, name: string, sourceId: string): void {
  const found = d.aliases.find(
    (a) => a.groupId === groupId && normaliseAliasName(a.name) === normaliseAliasName(name),
  );
  expect(found, `alias "${name}" under ${groupId}`).toBeDefined();
  expect(found?.sources, `sources of "${name}" under ${groupId}`).toContain(sourceId);
}

describe.skipIf(!hasSharedData)('dataset completeness against the upstream files', () => {
  const d = readCommittedDataset();

  it('has every live North Korea-attributed ATT&CK intrusion set with all its aliases', () => {
    const bundle = readJson('mitre-attack/enterprise-groups-bundle.json') as { objects: Stix[] };
    const nk = bundle.objects.filter(
      (o) =>
        o.type === 'intrusion-set' &&
        o.revoked !== true &&
        o.x_mitre_deprecated !== true &&
        isNorthKoreaAttributed(o.description ?? ''),
    );
    expect(nk.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Lazarus Group', 'APT38', 'Kimsuky', 'Andariel']),
    );
    expect(nk.map((o) => o.name)).not.toContain('Higaisa');
    for (const set of nk) {
      const attackId = set.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
      const group = d.groups.find((g) => g.attackId === attackId);
      expect(group, `group for ${set.name}`).toBeDefined();
      for (const alias of [set.name, ...(set.aliases ?? [])]) {
        expectAlias(d, group?.id ?? '', alias, 'mitre-attack');
      }
    }
  });

  it('has every MISP threat actor with country KP with all its synonyms', () => {
    const cluster = readJson('misp-galaxy/threat-actor.json') as { values: MispValue[] };
    const kp = cluster.values.filter((v) => v.meta?.country === 'KP');
    expect(kp.length).toBeGreaterThan(10);
    for (const actor of kp) {
      // Merged entries keep the first MISP uuid; others are found by name.
      const group =
        d.groups.find((g) => g.mispUuid === actor.uuid) ??
        d.groups.find((g) =>
          d.aliases.some(
            (a) =>
              a.groupId === g.id &&
              normaliseAliasName(a.name) === normaliseAliasName(actor.value) &&
              a.sources.includes('misp-threat-actor'),
          ),
        );
      expect(group, `group for MISP ${actor.value}`).toBeDefined();
      for (const name of [actor.value, ...(actor.meta?.synonyms ?? [])]) {
        expectAlias(d, group?.id ?? '', name, 'misp-threat-actor');
      }
    }
  });

  it("has every name in Microsoft's map for North Korean actors", () => {
    const rows = readJson('microsoft-mstic/MicrosoftMapping.json') as Record<string, string>[];
    const nk = rows.filter((r) => r['Origin/Threat'] === 'North Korea');
    expect(nk.length).toBeGreaterThan(5);
    for (const row of nk) {
      const current = row['Threat actor name'] ?? '';
      const holder = d.aliases.find(
        (a) =>
          normaliseAliasName(a.name) === normaliseAliasName(current) &&
          a.sources.includes('microsoft-threat-actor-map'),
      );
      expect(holder, `Microsoft name ${current}`).toBeDefined();
      const others = (row['Other names'] ?? '')
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean);
      for (const name of others) {
        expectAlias(d, holder?.groupId ?? '', name, 'microsoft-threat-actor-map');
      }
    }
  });

  it('keeps ATT&CK-separated groups apart and orders the ATT&CK record first for shared names', () => {
    const apt38 = d.aliases.filter((a) => normaliseAliasName(a.name) === 'apt38');
    expect(apt38.map((a) => a.groupId)).toEqual(['apt38', 'lazarus-group']);
    expect(apt38.every((a) => a.disputed)).toBe(true);
    const gop = d.aliases.find((a) => normaliseAliasName(a.name) === 'guardians of peace');
    expect(gop?.groupId).toBe('lazarus-group');
  });
});
