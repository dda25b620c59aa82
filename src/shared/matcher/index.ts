import type { WatchTerm } from '../watch/types';
import type { Evidence } from './corroborate';
import { contextSupports, evidenceOf, verdict } from './corroborate';
import type { Stream } from './entries';
import { buildStream, cueEntries, termEntries } from './entries';
import { originalRange, stripIgnorables } from './ignorables';
import { scan } from './scan';

export interface Mention {
  start: number;
  end: number;
  term: WatchTerm;
  /** true when an ambiguous term was accepted thanks to context */
  corroborated: boolean;
}

export interface Matcher {
  find(text: string, context?: string): Mention[];
  readonly termCount: number;
}

/**
 * Compiles every term once into (at most) two trie-shaped regular
 * expressions: one case-insensitive, one case-sensitive.
 *
 * Why regexes and not a hand-written Aho-Corasick: scripts/bench/matcher-node.ts
 * compares both against a flat alternation. V8's irregexp compiles the
 * factored pattern to native code that skips ahead on the possible first
 * characters; a JavaScript automaton pays a charCodeAt, a case fold and a
 * typed-array lookup per character and lost by several times on 1-5 MB
 * pages. The trie shape keeps 10,000 terms fast (a flat alternation
 * retries every alternative at every position), and the spacing, hyphen and
 * boundary rules become part of the pattern instead of a normalisation pass.
 * Context cues for ambiguous aliases ride in the same patterns, so the text is
 * scanned once.
 */
export function compileMatcher(terms: readonly WatchTerm[]): Matcher {
  const entries = [...termEntries(terms), ...cueEntries(terms.length)];
  const termCount = entries.filter((entry) => entry.term).length;
  const streams = [
    buildStream(
      entries.filter((entry) => !entry.caseSensitive),
      true,
    ),
    buildStream(
      entries.filter((entry) => entry.caseSensitive),
      false,
    ),
  ].filter((stream): stream is Stream => stream !== null);

  let lastContext: string | null = null;
  let lastContextSupports = false;
  const contextSupportsCached = (context: string): boolean => {
    if (context !== lastContext) {
      lastContext = context;
      lastContextSupports = contextSupports(evidenceOf(scan(context, streams)));
    }
    return lastContextSupports;
  };

  return {
    termCount,
    find(text: string, context?: string): Mention[] {
      if (termCount === 0 || text.length === 0) {
        return [];
      }
      const stripped = stripIgnorables(text);
      const result = scan(stripped.text, streams);
      let evidence: Evidence | null = null;
      const mentions: Mention[] = [];
      for (const match of result.matches) {
        const term = match.entry.term;
        if (!term) {
          continue;
        }
        let corroborated = false;
        if (term.ambiguity !== null) {
          evidence ??= evidenceOf(result);
          const supportedByContext = (): boolean =>
            context !== undefined && context.length > 0 && contextSupportsCached(context);
          if (verdict(match, evidence, supportedByContext) === 'rejected') {
            continue;
          }
          corroborated = true;
        }
        const [start, end] = originalRange(stripped, match.start, match.end);
        mentions.push({ start, end, term, corroborated });
      }
      return mentions;
    },
  };
}
