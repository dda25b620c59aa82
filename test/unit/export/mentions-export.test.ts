import { describe, expect, it } from 'vitest';
import {
  mentionsToCsv,
  mentionsToJson,
  parseMentionsCsv,
  parseMentionsJson,
  toExportedMentions,
} from '../../../src/shared/mentions-export';
import type { PageMentions } from '../../../src/shared/views/page-views';

const page: PageMentions = {
  url: 'https://news.example/a?b=1,2',
  title: 'A "report"',
  takenAt: '2025-03-01T12:00:00.000Z',
  mentions: [
    {
      index: 0,
      frameId: 0,
      groupId: 'lazarus-group',
      groupName: 'Lazarus Group',
      termId: 'lazarus-group:lazarus',
      alias: 'Lazarus',
      before: 'Analysts said, "the ',
      after: '" group stole\nfunds',
    },
    {
      index: 1,
      frameId: 2,
      groupId: 'lazarus-group',
      groupName: 'Lazarus Group',
      termId: 'lazarus-group:라자루스',
      alias: '라자루스',
      before: '북한 해커 조직 ',
      after: '가 공격했다',
    },
    {
      index: 2,
      frameId: 0,
      groupId: null,
      groupName: '=cmd|" /C calc"!A0',
      termId: 'custom:1',
      alias: '=cmd',
      before: '-',
      after: "@x, 'y'\r\n",
    },
  ],
};

describe('mentions export', () => {
  it('writes url, time, group, alias, context and surrounding text', () => {
    const [first] = toExportedMentions(page);
    expect(first).toEqual({
      url: page.url,
      time: page.takenAt,
      group: 'Lazarus Group',
      groupId: 'lazarus-group',
      alias: 'Lazarus',
      before: 'Analysts said, "the ',
      after: '" group stole\nfunds',
      text: 'Analysts said, "the Lazarus" group stole\nfunds',
    });
  });

  it('round-trips through CSV', () => {
    expect(parseMentionsCsv(mentionsToCsv(page))).toEqual(toExportedMentions(page));
  });

  it('round-trips through JSON', () => {
    expect(parseMentionsJson(mentionsToJson(page))).toEqual(toExportedMentions(page));
  });

  it('never writes a CSV cell a spreadsheet would run as a formula', () => {
    const csv = mentionsToCsv(page);
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
  });

  it('exports an empty page as a header only', () => {
    const empty = { ...page, mentions: [] };
    expect(mentionsToCsv(empty)).toBe('url,time,group,group_id,alias,before,after,text\r\n');
    expect(parseMentionsCsv(mentionsToCsv(empty))).toEqual([]);
  });

  it('rejects files that are not exports', () => {
    expect(() => parseMentionsCsv('a,b\n1,2')).toThrow(/Not a mentions export/);
    expect(() => parseMentionsJson('{"format":"other"}')).toThrow(/Not a mentions export/);
    expect(() => parseMentionsJson('not json')).toThrow(/not valid JSON/);
  });
});
