import type { SourceLink } from '../dataset/types';
import type { Result } from '../result';
import { err, ok } from '../result';
import { isoDay } from './ids';
import { MAX_LINKS_PER_GROUP, MAX_NAME_LENGTH, MAX_NAMES_PER_ENTRY, formatCount } from './limits';
import { childPath, expectedMessage } from './path-errors';
import { checkPlainName } from './plain-text';
import { hostTitle, judgeUrl } from './url';

/** Field readers shared by the MISP and STIX readers; each returns a Result naming the path. */

export function readOptionalString(value: unknown, path: string): Result<string | undefined> {
  if (value === undefined) {
    return ok(undefined);
  }
  if (typeof value !== 'string') {
    return err('wrong-type', expectedMessage(path, 'a string', value));
  }
  return ok(value);
}

export function readOptionalBoolean(value: unknown, path: string): Result<boolean> {
  if (value === undefined) {
    return ok(false);
  }
  if (typeof value !== 'boolean') {
    return err('wrong-type', expectedMessage(path, 'true or false', value));
  }
  return ok(value);
}

/** A list of names (synonyms, aliases): each plain text; duplicates dropped, `exclude` too. */
export function readNameList(value: unknown, path: string, exclude: string): Result<string[]> {
  if (value === undefined) {
    return ok([]);
  }
  if (!Array.isArray(value)) {
    return err('wrong-type', expectedMessage(path, 'a list of names', value));
  }
  if (value.length > MAX_NAMES_PER_ENTRY) {
    return err(
      'too-many-entries',
      `At ${path}: ${formatCount(value.length)} names; the limit is ${formatCount(MAX_NAMES_PER_ENTRY)} per entry.`,
    );
  }
  const seen = new Set([exclude.toLowerCase()]);
  const names: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const name = checkPlainName(value[i], childPath(path, i), MAX_NAME_LENGTH);
    if (!name.ok) {
      return name;
    }
    const key = name.value.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      names.push(name.value);
    }
  }
  return ok(names);
}

/** An optional date field; numbers, junk and impossible dates are errors (a wrong date misleads analysts). */
export function readOptionalDate(value: unknown, path: string): Result<string | undefined> {
  if (value === undefined) {
    return ok(undefined);
  }
  if (typeof value !== 'string') {
    return err('bad-date', expectedMessage(path, 'a date such as "2019-09-01T00:00:00Z"', value));
  }
  const day = isoDay(value);
  if (day === null) {
    return err(
      'bad-date',
      `At ${path}: "${value.slice(0, 40)}" is not a date such as "2019-09-01T00:00:00Z".`,
    );
  }
  return ok(day);
}

/**
 * Collects a link from an untrusted URL string. Dangerous schemes fail the
 * whole file; other non-http(s) strings are dropped with a note (see url.ts).
 */
export class LinkCollector {
  readonly links: SourceLink[] = [];
  private readonly seen = new Set<string>();
  private droppedForLimit = 0;

  constructor(private readonly notes: string[]) {}

  add(rawUrl: string, title: string | undefined, path: string): Result<true> {
    const verdict = judgeUrl(rawUrl);
    if (verdict.kind === 'dangerous') {
      return err(
        'unsafe-url',
        `The link at ${path} uses "${verdict.scheme}", which can run code; only http(s) links are accepted.`,
      );
    }
    if (verdict.kind === 'other') {
      this.notes.push(`Dropped the link at ${path}: it is not an http(s) URL.`);
      return ok(true);
    }
    if (this.seen.has(verdict.url)) {
      return ok(true);
    }
    if (this.links.length >= MAX_LINKS_PER_GROUP) {
      this.droppedForLimit++;
      return ok(true);
    }
    this.seen.add(verdict.url);
    const cleanTitle = title === undefined ? undefined : checkPlainName(title, path, MAX_NAME_LENGTH);
    this.links.push({
      url: verdict.url,
      title: cleanTitle?.ok ? cleanTitle.value : hostTitle(verdict.url),
    });
    return ok(true);
  }

  finish(entryName: string): SourceLink[] {
    if (this.droppedForLimit > 0) {
      this.notes.push(
        `Kept the first ${MAX_LINKS_PER_GROUP} links of "${entryName}" and dropped ${this.droppedForLimit} more.`,
      );
    }
    return this.links;
  }
}
