import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/shared/dataset/types';
import { validateDataset } from '../../../src/shared/dataset/validate';
import { normaliseAliasName } from '../../../src/shared/dataset/normalise';
import { isPartialIsoDate } from '../../../src/shared/dataset/dates';
import { readCommittedDataset } from './shared-data';

const committed = readCommittedDataset();
const copy = (): Dataset => structuredClone(committed);
const firstOf = <T>(list: T[]): T => {
  const item = list[0];
  if (item === undefined) {
    throw new Error('empty list');
  }
  return item;
};

describe('validateDataset', () => {
  it('accepts the committed dataset', () => {
    expect(validateDataset(committed)).toEqual([]);
  });

  it('catches a group without sources', () => {
    const d = copy();
    firstOf(d.groups).sources = [];
    expect(validateDataset(d).join('\n')).toMatch(/has no sources/);
  });

  it('catches an alias without sources', () => {
    const d = copy();
    firstOf(d.aliases).sources = [];
    expect(validateDataset(d).join('\n')).toMatch(/alias .* has no sources/);
  });

  it('catches incidents and bounties without source links and attributions without a source', () => {
    const d = copy();
    firstOf(d.incidents).sources = [];
    firstOf(d.bounties).sources = [];
    const incident = d.incidents.find((i) => i.attributions.length > 0);
    if (incident) {
      delete (incident.attributions[0] as { source?: unknown }).source;
    }
    const text = validateDataset(d).join('\n');
    expect(text).toMatch(/incident .* has no source links/);
    expect(text).toMatch(/bounty .* has no source links/);
    expect(text).toMatch(/attributions\[0\]: has no source/);
  });

  it('catches dangling references', () => {
    const d = copy();
    firstOf(d.incidents).groupIds = ['no-such-group'];
    firstOf(d.groups).parentIds = ['nowhere'];
    firstOf(d.aliases).sources = ['no-such-source'];
    const text = validateDataset(d).join('\n');
    expect(text).toMatch(/"no-such-group" points nowhere/);
    expect(text).toMatch(/"nowhere" points nowhere/);
    expect(text).toMatch(/"no-such-source" points nowhere/);
  });

  it('catches duplicate ids', () => {
    const d = copy();
    d.incidents.push(structuredClone(firstOf(d.incidents)));
    expect(validateDataset(d).join('\n')).toMatch(/duplicate id/);
  });

  it('catches the same name under two groups without both disputed', () => {
    const d = copy();
    const shared = d.aliases.filter((a) => normaliseAliasName(a.name) === 'apt38');
    for (const alias of shared) {
      alias.disputed = false;
      alias.alsoGroupIds = [];
    }
    expect(validateDataset(d).join('\n')).toMatch(/is not disputed/);
  });

  it('catches impossible dates and bad amounts', () => {
    const d = copy();
    firstOf(d.incidents).date = '2024-13-01';
    firstOf(d.bounties).maxAmountUsd = -5;
    const withLoss = d.incidents.find((i) => i.lossUsd !== null);
    if (withLoss) {
      withLoss.lossUsd = Number.NaN;
    }
    const text = validateDataset(d).join('\n');
    expect(text).toMatch(/"2024-13-01" is not a real/);
    expect(text).toMatch(/-5 is not a non-negative/);
    expect(text).toMatch(/NaN is not a non-negative/);
  });

  it('catches non-http(s) URLs', () => {
    const d = copy();
    firstOf(firstOf(d.incidents).sources).url = 'javascript:alert(1)';
    expect(validateDataset(d).join('\n')).toMatch(/is not an http\(s\) URL/);
  });

  it('accepts partial dates and rejects impossible ones', () => {
    expect(['2024', '2024-02', '2024-02-29'].every(isPartialIsoDate)).toBe(true);
    expect(['2023-02-29', '2024-00', '24-01-01', '2024-1-1'].some(isPartialIsoDate)).toBe(false);
  });
});

describe('normaliseAliasName', () => {
  it('folds case, hyphens and whitespace', () => {
    expect(normaliseAliasName('  Lazarus\u00a0 Group ')).toBe('lazarus group');
    expect(normaliseAliasName('Storm-0530')).toBe(normaliseAliasName('storm 0530'));
    expect(normaliseAliasName('ＺＩＮＣ')).toBe('zinc');
  });
});
