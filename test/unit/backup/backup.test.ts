import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, parseBackup, serialiseBackup } from '../../../src/shared/backup';
import type { StoreDump } from '../../../src/shared/store/records';
import { sampleDump } from './sample-dump';

const CREATED_AT = '2026-02-03T04:05:06.000Z';

function parse(text: string) {
  return parseBackup(text, new TextEncoder().encode(text).byteLength);
}

function expectError(result: ReturnType<typeof parseBackup>, code: string): string {
  expect(result.ok, 'expected an error').toBe(false);
  if (result.ok) {
    return '';
  }
  expect(result.error.code).toBe(code);
  expect(result.error.message.length).toBeGreaterThan(10);
  return result.error.message;
}

/** Serialises a deliberately wrong dump with a valid checksum, so the shape check is what fails. */
function withBadDump(mutate: (dump: Record<string, any>) => void): string {
  const dump = sampleDump() as unknown as Record<string, any>;
  mutate(dump);
  return serialiseBackup(dump as unknown as StoreDump, CREATED_AT);
}

describe('serialiseBackup / parseBackup', () => {
  it('round-trips a full StoreDump', () => {
    const text = serialiseBackup(sampleDump(), CREATED_AT);
    const result = parse(text);
    expect(result).toEqual({ ok: true, value: sampleDump() });
  });

  it('writes one self-describing JSON file', () => {
    const envelope = JSON.parse(serialiseBackup(sampleDump(), CREATED_AT));
    expect(envelope).toMatchObject({
      format: BACKUP_FORMAT,
      formatVersion: 1,
      createdAt: CREATED_AT,
      schemaVersion: 3,
      checksum: { algorithm: 'SHA-256' },
    });
    expect(envelope.checksum.value).toMatch(/^[0-9a-f]{64}$/);
  });

  it('survives re-indenting and key reordering (the checksum is over canonical JSON)', () => {
    const envelope = JSON.parse(serialiseBackup(sampleDump(), CREATED_AT));
    const reordered = Object.fromEntries(Object.entries(envelope).reverse());
    expect(parse(JSON.stringify(reordered)).ok).toBe(true);
  });

  it('refuses a backup with one changed byte', () => {
    const text = serialiseBackup(sampleDump(), CREATED_AT).replace('Famous Chollima', 'Famous Chollimb');
    const message = expectError(parse(text), 'backup-checksum-mismatch');
    expect(message).toContain('changed or damaged');
  });

  it('refuses a changed header field too', () => {
    const text = serialiseBackup(sampleDump(), CREATED_AT).replace(CREATED_AT, '2020-01-01T00:00:00.000Z');
    expectError(parse(text), 'backup-checksum-mismatch');
  });

  it('refuses a missing checksum', () => {
    const envelope = JSON.parse(serialiseBackup(sampleDump(), CREATED_AT));
    delete envelope.checksum;
    expectError(parse(JSON.stringify(envelope)), 'backup-no-checksum');
  });

  it('refuses another format id, and import files given as backups', () => {
    const envelope = JSON.parse(serialiseBackup(sampleDump(), CREATED_AT));
    envelope.format = 'some-other-extension-backup';
    expectError(parse(JSON.stringify(envelope)), 'backup-wrong-format');
    expectError(parse('{"type": "bundle", "objects": []}'), 'backup-wrong-format');
    expectError(parse('[]'), 'backup-wrong-format');
  });

  it('refuses a backup from a future format version with advice', () => {
    const envelope = JSON.parse(serialiseBackup(sampleDump(), CREATED_AT));
    envelope.formatVersion = 2;
    const message = expectError(parse(JSON.stringify(envelope)), 'backup-future-version');
    expect(message).toContain('newer version');
    envelope.formatVersion = 'one';
    expectError(parse(JSON.stringify(envelope)), 'backup-bad-version');
  });

  it.each([
    ['meta', (d: any) => (d.dataset.meta.key = 'other'), '$.data.dataset.meta.key'],
    ['sources', (d: any) => (d.dataset.sources[1].kind = 'stolen'), '$.data.dataset.sources[1].kind'],
    ['groups', (d: any) => (d.dataset.groups[0].name = 32), '$.data.dataset.groups[0].name'],
    [
      'groups (links)',
      (d: any) => (d.dataset.groups[0].links[0].url = null),
      '$.data.dataset.groups[0].links[0].url',
    ],
    [
      'aliases',
      (d: any) => (d.dataset.aliases[1].caseSensitive = 'no'),
      '$.data.dataset.aliases[1].caseSensitive',
    ],
    [
      'bounties',
      (d: any) => (d.dataset.bounties[0].maxAmountUsd = '10M'),
      '$.data.dataset.bounties[0].maxAmountUsd',
    ],
    ['incidents', (d: any) => delete d.dataset.incidents[0].groupIds, '$.data.dataset.incidents[0]'],
    [
      'incidents (attributions)',
      (d: any) => (d.dataset.incidents[0].attributions[1].kind = 'psychic'),
      '$.data.dataset.incidents[0].attributions[1].kind',
    ],
    [
      'watchSwitches',
      (d: any) => (d.user.watchSwitches[0].enabled = 1),
      '$.data.user.watchSwitches[0].enabled',
    ],
    ['customTerms', (d: any) => (d.user.customTerms[0].text = ['x']), '$.data.user.customTerms[0].text'],
    ['siteRules', (d: any) => (d.user.siteRules[0].mode = 'maybe'), '$.data.user.siteRules[0].mode'],
    ['settings', (d: any) => delete d.user.settings[0].key, '$.data.user.settings[0]'],
    [
      'imports',
      (d: any) => (d.user.imports[0].groups[0].country = 'RU'),
      '$.data.user.imports[0].groups[0].country',
    ],
    ['a whole store', (d: any) => (d.user.siteRules = {}), '$.data.user.siteRules'],
    [
      'a record that is not an object',
      (d: any) => (d.dataset.groups[1] = 'APT38'),
      '$.data.dataset.groups[1]',
    ],
    ['schemaVersion', (d: any) => (d.schemaVersion = 2.5), '$.data.schemaVersion'],
  ])('refuses a malformed record in %s, naming where', (_store, mutate, path) => {
    const message = expectError(parse(withBadDump(mutate)), 'backup-bad-record');
    expect(message).toContain(`At ${path}`);
  });

  it('refuses two records under one key', () => {
    const text = withBadDump((d) => d.dataset.aliases.push({ ...d.dataset.aliases[0] }));
    expect(expectError(parse(text), 'backup-duplicate-key')).toContain('lazarus-group:zinc');
  });

  it('refuses broken and hostile files before looking inside', () => {
    expectError(parse(''), 'empty-file');
    expectError(parse('{"format": '), 'not-json');
    expectError(parseBackup('{}', MAX_BACKUP_BYTES + 1), 'import-too-large');
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expectError(parse(deep), 'too-deep');
    expectError(parse('{"format": "nk-threat-lens-backup", "__proto__": {"x": 1}}'), 'forbidden-key');
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('x');
  });
});
