import { parseCsv, toCsv } from './csv';
import type { PageMentions } from './views/page-views';

/**
 * A page's mentions as an analyst exports them: one flat record per mention,
 * complete on its own (page URL and time on every row) so rows from several
 * exports can be concatenated and still make sense.
 */
export interface ExportedMention {
  url: string;
  /** ISO time the list was taken. */
  time: string;
  /** Group name, or the custom term's label. */
  group: string;
  /** Group id; empty for custom terms. */
  groupId: string;
  /** The text as it appears on the page. */
  alias: string;
  before: string;
  after: string;
  /** before + alias + after, ready to quote. */
  text: string;
}

export const MENTIONS_JSON_FORMAT = 'nk-threat-lens-mentions';

const COLUMNS = ['url', 'time', 'group', 'group_id', 'alias', 'before', 'after', 'text'] as const;

export function toExportedMentions(page: PageMentions): ExportedMention[] {
  return page.mentions.map((mention) => ({
    url: page.url,
    time: page.takenAt,
    group: mention.groupName,
    groupId: mention.groupId ?? '',
    alias: mention.alias,
    before: mention.before,
    after: mention.after,
    text: `${mention.before}${mention.alias}${mention.after}`,
  }));
}

export function mentionsToCsv(page: PageMentions): string {
  const rows = toExportedMentions(page).map((m) => [
    m.url,
    m.time,
    m.group,
    m.groupId,
    m.alias,
    m.before,
    m.after,
    m.text,
  ]);
  return toCsv([[...COLUMNS], ...rows]);
}

export function mentionsToJson(page: PageMentions): string {
  const document = {
    format: MENTIONS_JSON_FORMAT,
    version: 1,
    url: page.url,
    title: page.title,
    takenAt: page.takenAt,
    mentions: toExportedMentions(page),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Reads a file written by `mentionsToCsv`. Throws with a readable message when it is not one. */
export function parseMentionsCsv(text: string): ExportedMention[] {
  const [header, ...rows] = parseCsv(text);
  if (!header || header.join(',') !== COLUMNS.join(',')) {
    throw new Error(`Not a mentions export: the first line must be "${COLUMNS.join(',')}".`);
  }
  return rows.map((row, index) => {
    if (row.length !== COLUMNS.length) {
      throw new Error(`Line ${index + 2} has ${row.length} fields; expected ${COLUMNS.length}.`);
    }
    const [url, time, group, groupId, alias, before, after, surrounding] = row as string[] & { length: 8 };
    return { url, time, group, groupId, alias, before, after, text: surrounding } as ExportedMention;
  });
}

const STRING_FIELDS: readonly (keyof ExportedMention)[] = [
  'url',
  'time',
  'group',
  'groupId',
  'alias',
  'before',
  'after',
  'text',
];

function isExportedMention(value: unknown): value is ExportedMention {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const record = value as Record<string, unknown>;
  return STRING_FIELDS.every((key) => typeof record[key] === 'string');
}

/** Reads a file written by `mentionsToJson`. Throws with a readable message when it is not one. */
export function parseMentionsJson(text: string): ExportedMention[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    throw new Error('Not a mentions export: the file is not valid JSON.');
  }
  const record = document as { format?: unknown; mentions?: unknown } | null;
  if (record?.format !== MENTIONS_JSON_FORMAT || !Array.isArray(record.mentions)) {
    throw new Error(`Not a mentions export: expected format "${MENTIONS_JSON_FORMAT}" with a mentions list.`);
  }
  return record.mentions.map((mention: unknown, index: number) => {
    if (!isExportedMention(mention)) {
      throw new Error(`Mention ${index + 1} is missing a text field.`);
    }
    return Object.fromEntries(STRING_FIELDS.map((key) => [key, mention[key]])) as unknown as ExportedMention;
  });
}
