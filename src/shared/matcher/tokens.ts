import {
  foldChar,
  isApostrophe,
  isDigit,
  isHangul,
  isIgnorable,
  isLetter,
  isSpaceOrDash,
  isUnspacedScript,
  isWordChar,
} from './chars';

/**
 * A name broken into what the pattern must match, one step at a time:
 * - `char`: one code point (already case-folded for case-insensitive names);
 * - `gap`: the name had a space here; the text needs a run of whitespace or a dash;
 * - `optional-gap`: the name had a hyphen here, or changes between letters and
 *   digits ("APT38", "TA 444"); the text may have spaces/dashes here or nothing;
 * - `apostrophe`: any straight or curly apostrophe.
 */
export type Token =
  { kind: 'char'; value: string } | { kind: 'gap' } | { kind: 'optional-gap' } | { kind: 'apostrophe' };

/**
 * How a match must end:
 * - `word`: not followed by a word character (any script's letters, digits, marks, `_`);
 * - `hangul`: the name ends in Hangul; Korean attaches particles (라자루스가), so the
 *   following Hangul run must be made only of known particles/suffixes, then a non-word;
 * - `none`: no check (substring terms, names ending in Han/Kana, names ending in punctuation).
 */
export type EndRule = 'word' | 'hangul' | 'none';
/** How a match must start: `word` = not preceded by a word character. */
export type StartRule = 'word' | 'none';

export interface TokenizedName {
  tokens: Token[];
  startRule: StartRule;
  endRule: EndRule;
  /** The name in name-codec.ts's form, where it came from there: the word trie reads it without the tokens. */
  encoded?: string;
}

/** Returns null for names that are empty once spaces and invisible characters are removed. */
export function tokenizeName(text: string, caseSensitive: boolean, wholeWord: boolean): TokenizedName | null {
  const chars = Array.from(text).filter((ch) => !isIgnorable(ch));
  const tokens: Token[] = [];
  let pendingSeparator: 'space' | 'dash' | null = null;
  let previous: string | null = null;
  let first: string | null = null;
  for (const ch of chars) {
    if (isSpaceOrDash(ch)) {
      // A run of spaces and dashes is one separator; it is a required gap if it
      // contains a space, an optional one if it is only dashes.
      if (previous !== null) {
        pendingSeparator = pendingSeparator === 'space' || /\s/.test(ch) ? 'space' : 'dash';
      }
      continue;
    }
    if (previous !== null) {
      const transition = isLetterDigitTransition(previous, ch);
      if (pendingSeparator === 'space' && !transition) {
        tokens.push({ kind: 'gap' });
      } else if (pendingSeparator !== null || transition) {
        tokens.push({ kind: 'optional-gap' });
      }
    }
    pendingSeparator = null;
    if (isApostrophe(ch)) {
      tokens.push({ kind: 'apostrophe' });
    } else {
      tokens.push({ kind: 'char', value: caseSensitive ? ch : foldChar(ch) });
    }
    first ??= ch;
    previous = ch;
  }
  if (first === null || previous === null) {
    return null;
  }
  return {
    tokens,
    startRule: wholeWord && isWordChar(first) && !isUnspacedScript(first) ? 'word' : 'none',
    endRule:
      !wholeWord || !isWordChar(previous) || isUnspacedScript(previous)
        ? 'none'
        : isHangul(previous)
          ? 'hangul'
          : 'word',
  };
}

function isLetterDigitTransition(a: string, b: string): boolean {
  return (isLetter(a) && isDigit(b)) || (isDigit(a) && isLetter(b));
}
