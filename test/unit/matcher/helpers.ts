import type { Mention } from '../../../src/shared/matcher/index';
import type { WatchTerm } from '../../../src/shared/watch/types';

let next = 0;

/** A dataset alias (whole-word, has a group). */
export function alias(text: string, extra: Partial<WatchTerm> = {}): WatchTerm {
  return {
    id: `g:${text}:${next++}`,
    text,
    groupIds: ['group'],
    caseSensitive: false,
    wholeWord: true,
    ambiguity: null,
    ...extra,
  };
}

/** A user's custom term (no group). */
export function custom(text: string, extra: Partial<WatchTerm> = {}): WatchTerm {
  return alias(text, { id: `custom:${next++}`, groupIds: [], ...extra });
}

/** The matched substrings, for readable assertions. */
export function texts(text: string, mentions: readonly Mention[]): string[] {
  return mentions.map((mention) => text.slice(mention.start, mention.end));
}
