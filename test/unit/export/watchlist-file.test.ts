import { describe, expect, it } from 'vitest';
import type { CustomTerm } from '../../../src/shared/store/records';
import {
  parseWatchListFile,
  serialiseWatchList,
  WATCHLIST_MAX_BYTES,
} from '../../../src/shared/watch/watchlist-file';

const terms: CustomTerm[] = [
  {
    id: 'custom:1',
    text: 'Operation Dream Job',
    label: 'Campaign, "dream"',
    color: '#ffb000',
    caseSensitive: false,
    wholeWord: true,
    enabled: true,
    createdAt: '2025-01-01T00:00:00.000Z',
  },
  {
    id: 'custom:2',
    text: '=cmd',
    label: '라자루스',
    color: '#00aa55',
    caseSensitive: true,
    wholeWord: false,
    enabled: false,
    createdAt: '2025-01-02T00:00:00.000Z',
  },
];

const asInputs = terms.map(({ text, label, color, caseSensitive, wholeWord, enabled }) => ({
  text,
  label,
  color,
  caseSensitive,
  wholeWord,
  enabled,
}));

function parse(fileName: string, text: string) {
  return parseWatchListFile(fileName, text, new TextEncoder().encode(text).length);
}

describe('watch-list files', () => {
  it('round-trips through CSV and JSON', () => {
    expect(parse('list.csv', serialiseWatchList(terms, 'csv'))).toEqual({ ok: true, value: asInputs });
    expect(parse('list.json', serialiseWatchList(terms, 'json'))).toEqual({ ok: true, value: asInputs });
  });

  it('detects the format from the content when the name does not say', () => {
    expect(parse('list.txt', serialiseWatchList(terms, 'json')).ok).toBe(true);
    expect(parse('list', serialiseWatchList(terms, 'csv')).ok).toBe(true);
    expect(parse('list.txt', 'hello world')).toMatchObject({
      ok: false,
      error: { code: 'watchlist-unknown-format' },
    });
  });

  it('fills in defaults for missing optional columns', () => {
    expect(parse('a.csv', 'text\nKimsuky\n')).toEqual({
      ok: true,
      value: [
        {
          text: 'Kimsuky',
          label: '',
          color: '#ffd400',
          caseSensitive: false,
          wholeWord: true,
          enabled: true,
        },
      ],
    });
    expect(parse('a.csv', 'text,enabled\nKimsuky,no\n')).toMatchObject({
      ok: true,
      value: [{ enabled: false }],
    });
  });

  it('explains malformed rows', () => {
    expect(parse('a.csv', 'text,color\nKimsuky,red\n')).toEqual({
      ok: false,
      error: {
        code: 'watchlist-bad-term',
        message: 'Line 2: color must be a hex colour like #ffb000 (got "red").',
      },
    });
    expect(parse('a.csv', 'text\n"  "\n')).toMatchObject({
      ok: false,
      error: { message: /Line 2: text must be/ },
    });
    expect(parse('a.csv', 'text,enabled\nx,maybe\n')).toMatchObject({
      ok: false,
      error: { message: /Line 2: enabled must be true or false/ },
    });
    expect(parse('a.csv', 'word,colour\nx,y\n')).toMatchObject({
      ok: false,
      error: { code: 'watchlist-bad-header' },
    });
  });

  it('explains malformed JSON', () => {
    expect(parse('a.json', '{')).toMatchObject({ ok: false, error: { code: 'watchlist-bad-json' } });
    expect(parse('a.json', '{"format":"x","terms":[]}')).toMatchObject({
      ok: false,
      error: { code: 'watchlist-unknown-format' },
    });
    const wrongType = JSON.stringify({
      format: 'nk-threat-lens-watchlist',
      version: 1,
      terms: [{ text: 'x', enabled: 'yes' }],
    });
    expect(parse('a.json', wrongType)).toMatchObject({
      ok: false,
      error: { message: 'Term 1: enabled must be true or false (got "yes").' },
    });
    const notObject = JSON.stringify({ format: 'nk-threat-lens-watchlist', version: 1, terms: ['x'] });
    expect(parse('a.json', notObject)).toMatchObject({ ok: false, error: { message: /Term 1: each term/ } });
  });

  it('enforces the size and count limits', () => {
    expect(parseWatchListFile('a.csv', 'text\nx\n', WATCHLIST_MAX_BYTES + 1)).toMatchObject({
      ok: false,
      error: { code: 'watchlist-too-large' },
    });
    const many = `text\n${Array.from({ length: 20_001 }, (_, i) => `t${i}`).join('\n')}\n`;
    expect(parse('a.csv', many)).toMatchObject({ ok: false, error: { code: 'watchlist-too-many' } });
  });
});
