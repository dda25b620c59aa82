import { describe, expect, it } from 'vitest';
import { findExcessiveNesting } from '../../../src/shared/import/json-scan';
import { matchKey } from '../../../src/shared/import/normalise-name';
import { denotesNorthKorea, textAttributesToNorthKorea } from '../../../src/shared/import/north-korea';
import { checkPlainName } from '../../../src/shared/import/plain-text';
import { safeFileName } from '../../../src/shared/import/safe-file-name';
import { judgeUrl } from '../../../src/shared/import/url';

describe('judgeUrl', () => {
  it.each([
    ['https://attack.mitre.org/groups/G0032', 'ok'],
    ['http://example.org/a?b=c', 'ok'],
    ['javascript:alert(1)', 'dangerous'],
    ['  JAVASCRIPT:alert(1)', 'dangerous'],
    ['java\nscript:alert(1)', 'dangerous'],
    ['data:text/html,<script>alert(1)</script>', 'dangerous'],
    ['vbscript:msgbox', 'dangerous'],
    ['ftp://example.org/file', 'other'],
    ['see the report', 'other'],
    ['/relative/path', 'other'],
  ])('%s -> %s', (url, kind) => {
    expect(judgeUrl(url).kind).toBe(kind);
  });
});

describe('checkPlainName', () => {
  it('collapses whitespace and keeps ordinary punctuation and other scripts', () => {
    expect(checkPlainName('  Lazarus   Group ', '$', 200)).toEqual({ ok: true, value: 'Lazarus Group' });
    for (const name of ['DEV#POPPER', 'TEMP.Hermit', 'APT-C-26', '라자루스', 'a < b', 'Group 123 (old)']) {
      expect(checkPlainName(name, '$', 200).ok).toBe(true);
    }
  });

  it.each([
    ['<b>Lazarus</b>', 'markup-in-name'],
    ['Lazarus <!-- x -->', 'markup-in-name'],
    ['x\u0000y', 'control-char-in-name'],
    ['x\u202Ey', 'control-char-in-name'],
    ['x\u200By', 'control-char-in-name'],
    ['', 'missing-name'],
    [42, 'wrong-type'],
  ])('%j -> %s', (name, code) => {
    const result = checkPlainName(name, '$.x', 200);
    expect(result.ok ? 'ok' : result.error.code).toBe(code);
  });
});

describe('findExcessiveNesting', () => {
  it('counts only structural brackets, not those in strings or after escapes', () => {
    expect(findExcessiveNesting('{"a": "[[[[[[\\"[[[["}', 2)).toBeNull();
    expect(findExcessiveNesting('[[[]]]', 3)).toBeNull();
    expect(findExcessiveNesting('[[[[]]]]', 3)).toEqual({ depth: 4, path: '$[0][0][0]' });
  });

  it('names object keys and array indexes on the way down', () => {
    expect(findExcessiveNesting('{"x": 1, "list": [0, {"deep": [[]]}]}', 4)?.path).toBe('$.list[1].deep[0]');
  });
});

describe('North Korea attribution in text', () => {
  it.each([
    ['Lazarus Group is a North Korean state-sponsored cyber threat group', true],
    ['a threat group likely originating from DPRK', true],
    ['a North Korea–aligned threat group', true],
    ['has targeted government, public, and trade organizations in North Korea', false],
    ['targeting North Korean defectors and human-rights activists', false],
    ['a Chinese group', false],
  ])('%s -> %s', (text, expected) => {
    expect(textAttributesToNorthKorea(text)).toBe(expected);
  });

  it('recognises country codes and names', () => {
    for (const value of ['KP', 'kp', 'North Korea', "Korea (Democratic People's Republic of)"]) {
      expect(denotesNorthKorea(value)).toBe(true);
    }
    expect(denotesNorthKorea('KR')).toBe(false);
    expect(denotesNorthKorea('South Korea')).toBe(false);
  });
});

describe('names and file names', () => {
  it('matches spelling variants to one key', () => {
    expect(matchKey('APT 38')).toBe(matchKey('apt-38'));
    expect(matchKey('Ｌａｚａｒｕｓ')).toBe(matchKey('lazarus'));
  });

  it('cleans file names instead of refusing them', () => {
    expect(safeFileName('  my\u0000 file\u202E.json ')).toBe('my file.json');
    expect(safeFileName('\u0007')).toBe('unnamed file');
  });
});
