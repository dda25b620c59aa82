import * as v from 'valibot';
import { parseCsv, toCsv } from '../csv';
import { customTermInput, type CustomTermInput } from '../messages/fields';
import { err, ok, type Result } from '../result';
import type { CustomTerm } from '../store/records';

/**
 * Watch-list files: the user's custom terms as CSV or JSON, for moving them
 * between browsers or sharing them in a team. Ids are not written: they are
 * per installation, and an import matches existing terms by their text.
 */

export const WATCHLIST_JSON_FORMAT = 'nk-threat-lens-watchlist';
export const WATCHLIST_MAX_BYTES = 2 * 1024 * 1024;
export const WATCHLIST_MAX_TERMS = 20_000;
/** The colour a term gets when the file gives none. */
export const DEFAULT_TERM_COLOUR = '#ffd400';

const CSV_COLUMNS = ['text', 'label', 'color', 'caseSensitive', 'wholeWord', 'enabled'] as const;
type Column = (typeof CSV_COLUMNS)[number];

const DEFAULTS = {
  label: '',
  color: DEFAULT_TERM_COLOUR,
  caseSensitive: false,
  wholeWord: true,
  enabled: true,
};

export function serialiseWatchList(terms: readonly CustomTerm[], format: 'csv' | 'json'): string {
  if (format === 'csv') {
    const rows = terms.map((term) => [
      term.text,
      term.label,
      term.color,
      String(term.caseSensitive),
      String(term.wholeWord),
      String(term.enabled),
    ]);
    return toCsv([[...CSV_COLUMNS], ...rows]);
  }
  const document = {
    format: WATCHLIST_JSON_FORMAT,
    version: 1,
    terms: terms.map(({ text, label, color, caseSensitive, wholeWord, enabled }) => ({
      text,
      label,
      color,
      caseSensitive,
      wholeWord,
      enabled,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function parseWatchListFile(
  fileName: string,
  text: string,
  byteLength: number,
): Result<CustomTermInput[]> {
  if (byteLength > WATCHLIST_MAX_BYTES || text.length > WATCHLIST_MAX_BYTES) {
    return err('watchlist-too-large', 'A watch-list file may be at most 2 MB.');
  }
  const format = detectFormat(fileName, text);
  if (!format) {
    return err(
      'watchlist-unknown-format',
      'Unknown file format: choose a .csv file with a "text,label,color,…" header or a .json watch list.',
    );
  }
  return format === 'csv' ? parseCsvWatchList(text) : parseJsonWatchList(text);
}

function detectFormat(fileName: string, text: string): 'csv' | 'json' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) {
    return 'json';
  }
  if (lower.endsWith('.csv')) {
    return 'csv';
  }
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{')) {
    return 'json';
  }
  return /^"?text"?\s*,/i.test(start) ? 'csv' : null;
}

function parseCsvWatchList(text: string): Result<CustomTermInput[]> {
  const [header, ...rows] = parseCsv(text);
  if (!header) {
    return err('watchlist-empty', 'The file is empty.');
  }
  const names = header.map((name) => name.trim());
  const unknown = names.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (!names.includes('text') || unknown.length > 0) {
    return err(
      'watchlist-bad-header',
      `The first line must name the columns ${CSV_COLUMNS.join(',')} (only "text" is required)` +
        (unknown.length > 0 ? `; unknown column "${unknown[0]?.slice(0, 40)}".` : '.'),
    );
  }
  if (rows.length > WATCHLIST_MAX_TERMS) {
    return err(
      'watchlist-too-many',
      `A watch list may hold at most ${WATCHLIST_MAX_TERMS.toLocaleString('en')} terms.`,
    );
  }
  const terms: CustomTermInput[] = [];
  for (const [index, row] of rows.entries()) {
    const where = `Line ${index + 2}`;
    const cells = new Map<Column, string>();
    names.forEach((name, column) => cells.set(name as Column, row[column] ?? ''));
    const flags: Partial<Record<'caseSensitive' | 'wholeWord' | 'enabled', boolean>> = {};
    for (const flag of ['caseSensitive', 'wholeWord', 'enabled'] as const) {
      const cell = cells.get(flag)?.trim() ?? '';
      if (cell === '') {
        continue;
      }
      const value = parseBoolean(cell);
      if (value === null) {
        return err(
          'watchlist-bad-term',
          `${where}: ${flag} must be true or false, not "${cell.slice(0, 40)}".`,
        );
      }
      flags[flag] = value;
    }
    const colour = cells.get('color')?.trim();
    const term = checkTerm(
      {
        ...DEFAULTS,
        text: cells.get('text') ?? '',
        label: cells.get('label') ?? '',
        ...(colour ? { color: colour } : {}),
        ...flags,
      },
      where,
    );
    if (!term.ok) {
      return term;
    }
    terms.push(term.value);
  }
  return ok(terms);
}

function parseJsonWatchList(text: string): Result<CustomTermInput[]> {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return err('watchlist-bad-json', 'The file is not valid JSON.');
  }
  const record = document as { format?: unknown; version?: unknown; terms?: unknown } | null;
  if (typeof record !== 'object' || record === null || record.format !== WATCHLIST_JSON_FORMAT) {
    return err('watchlist-unknown-format', `A JSON watch list needs "format": "${WATCHLIST_JSON_FORMAT}".`);
  }
  if (record.version !== 1) {
    return err(
      'watchlist-bad-version',
      `This watch-list version (${String(record.version).slice(0, 20)}) is not supported; expected 1.`,
    );
  }
  if (!Array.isArray(record.terms)) {
    return err('watchlist-bad-json', 'A JSON watch list needs a "terms" list.');
  }
  if (record.terms.length > WATCHLIST_MAX_TERMS) {
    return err(
      'watchlist-too-many',
      `A watch list may hold at most ${WATCHLIST_MAX_TERMS.toLocaleString('en')} terms.`,
    );
  }
  const terms: CustomTermInput[] = [];
  for (const [index, entry] of record.terms.entries()) {
    const where = `Term ${index + 1}`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      return err('watchlist-bad-term', `${where}: each term must be an object.`);
    }
    const fields = entry as Record<string, unknown>;
    const term = checkTerm(
      {
        ...DEFAULTS,
        ...Object.fromEntries(
          CSV_COLUMNS.filter((key) => fields[key] !== undefined).map((key) => [key, fields[key]]),
        ),
      },
      where,
    );
    if (!term.ok) {
      return term;
    }
    terms.push(term.value);
  }
  return ok(terms);
}

function parseBoolean(cell: string): boolean | null {
  const lower = cell.toLowerCase();
  if (['true', 'yes', '1'].includes(lower)) {
    return true;
  }
  if (['false', 'no', '0'].includes(lower)) {
    return false;
  }
  return null;
}

const FIELD_ADVICE: Record<string, string> = {
  text: 'text must be a non-empty string of at most 200 characters',
  label: 'label must be a string of at most 200 characters',
  color: 'color must be a hex colour like #ffb000',
  caseSensitive: 'caseSensitive must be true or false',
  wholeWord: 'wholeWord must be true or false',
  enabled: 'enabled must be true or false',
};

function checkTerm(candidate: Record<string, unknown>, where: string): Result<CustomTermInput> {
  const parsed = v.safeParse(customTermInput, candidate);
  if (parsed.success) {
    return ok({ ...parsed.output, color: parsed.output.color.toLowerCase() });
  }
  const key = String(parsed.issues[0]?.path?.[0]?.key ?? '');
  const advice = FIELD_ADVICE[key] ?? parsed.issues[0]?.message ?? 'invalid term';
  const shown = typeof candidate[key] === 'string' ? ` (got "${String(candidate[key]).slice(0, 40)}")` : '';
  return err('watchlist-bad-term', `${where}: ${advice}${shown}.`);
}
