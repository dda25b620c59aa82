import { describe, expect, it } from 'vitest';
import { readCommittedDataset } from './shared-data';

const d = readCommittedDataset();

describe('dataset contents', () => {
  it('has at least 25 incidents, each with a source link', () => {
    expect(d.incidents.length).toBeGreaterThanOrEqual(25);
    for (const incident of d.incidents) {
      expect(incident.sources.length, incident.id).toBeGreaterThan(0);
    }
  });

  it('gives every bounty a source and marks non-RFJ programmes', () => {
    expect(d.bounties.length).toBeGreaterThan(0);
    for (const bounty of d.bounties) {
      expect(bounty.sources.length, bounty.id).toBeGreaterThan(0);
      expect(bounty.isRewardsForJustice, bounty.id).toBe(bounty.program === 'Rewards for Justice');
    }
  });

  it('has Korean names for Lazarus, Kimsuky and Andariel', () => {
    const korean = (groupId: string): string[] =>
      d.aliases.filter((a) => a.groupId === groupId && a.lang === 'ko').map((a) => a.name);
    expect(korean('lazarus-group')).toContain('라자루스');
    expect(korean('kimsuky')).toContain('김수키');
    expect(korean('andariel')).toContain('안다리엘');
  });

  it('marks ordinary-word aliases as ambiguous and element names as case-sensitive', () => {
    const byName = (name: string) => d.aliases.find((a) => a.name === name);
    expect(byName('ZINC')).toMatchObject({ caseSensitive: true, ambiguity: 'chemical-element' });
    expect(byName('Lazarus')).toMatchObject({ ambiguity: 'surname' });
    expect(byName('Andariel')).toMatchObject({ ambiguity: 'fictional-character' });
  });

  it('reproduces the licence notices the sources require', () => {
    const attack = d.sources.find((s) => s.id === 'mitre-attack');
    expect(attack?.notices?.some((n) => n.includes('The MITRE Corporation'))).toBe(true);
    const microsoft = d.sources.find((s) => s.id === 'microsoft-threat-actor-map');
    expect(microsoft?.notices?.some((n) => n.includes('CC BY') || n.includes('Attribution 4.0'))).toBe(true);
  });
});
