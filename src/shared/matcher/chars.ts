/**
 * Character classes shared by the term compiler, the boundary rules and the
 * key normaliser. Kept as regex source strings so they can be spliced into the
 * one combined pattern (compiled with the `u` flag).
 */

/** Word characters for boundary purposes: letters, digits and marks of any script, and `_`. */
export const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/**
 * What may stand between two words of a name: any Unicode whitespace (`\s`
 * covers NBSP, the U+2000 spaces, U+3000 and line breaks) or a hyphen/dash.
 */
export const SPACE_OR_DASH = '[\\s\\-\\u2010-\\u2015\\u2212]';

/** Straight and curly apostrophes are one character for matching. */
export const APOSTROPHE = "['\\u2018\\u2019\\u02bc]";

/**
 * Invisible characters that may sit inside a name (soft hyphen, zero-width
 * space/joiners, word joiner, BOM). They are removed before matching.
 */
export const IGNORABLE_SOURCE = '[\\u00ad\\u200b\\u200c\\u200d\\u2060\\ufeff]';

const SPACE_OR_DASH_RE = new RegExp(`^${SPACE_OR_DASH}$`, 'u');
const APOSTROPHE_RE = new RegExp(`^${APOSTROPHE}$`, 'u');
const IGNORABLE_RE = new RegExp(`^${IGNORABLE_SOURCE}$`, 'u');
const LETTER_RE = /^\p{L}$/u;
const WORD_CHAR_RE = new RegExp(`^${WORD_CHAR}$`, 'u');
const DIGIT_RE = /^\p{N}$/u;
const HANGUL_RE = /^\p{Script=Hangul}$/u;
/** Scripts written without spaces between words, where no boundary is required. */
const UNSPACED_RE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** ASCII letters and digits skip the Unicode regexes: term lists are mostly ASCII. */
function asciiKind(ch: string): 'letter' | 'digit' | 'other' | null {
  if (ch.length !== 1) {
    return null;
  }
  const code = ch.charCodeAt(0);
  if (code >= 0x80) {
    return null;
  }
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
    return 'letter';
  }
  return code >= 0x30 && code <= 0x39 ? 'digit' : 'other';
}

export const isSpaceOrDash = (ch: string): boolean =>
  asciiKind(ch) === 'other' ? ch === ' ' || ch === '-' || /\s/.test(ch) : SPACE_OR_DASH_RE.test(ch);
export const isApostrophe = (ch: string): boolean => APOSTROPHE_RE.test(ch);
export const isIgnorable = (ch: string): boolean => IGNORABLE_RE.test(ch);
export const isLetter = (ch: string): boolean => asciiKind(ch) === 'letter' || LETTER_RE.test(ch);
export const isDigit = (ch: string): boolean => asciiKind(ch) === 'digit' || DIGIT_RE.test(ch);
export const isHangul = (ch: string): boolean => asciiKind(ch) === null && HANGUL_RE.test(ch);
export const isUnspacedScript = (ch: string): boolean => asciiKind(ch) === null && UNSPACED_RE.test(ch);
export const isWordChar = (ch: string): boolean =>
  asciiKind(ch) === 'other' ? ch === '_' : WORD_CHAR_RE.test(ch);

const KEY_NOISE_G = new RegExp(`${SPACE_OR_DASH}|${IGNORABLE_SOURCE}`, 'gu');
const CURLY_APOSTROPHE_G = /[\u2018\u2019\u02bc]/g;
/** Only ASCII letters and digits: nothing to drop or unify (the common case, checked first). */
const PLAIN_ASCII = /^[A-Za-z0-9]*$/;
const FOLD_EXCEPTIONS = /[ςſ]/;

/**
 * The lookup key of a name or of matched text: separators dropped, apostrophes
 * unified and, for case-insensitive lookups, lower-cased. Two spellings that
 * the compiled pattern treats as equal get the same key, which is how a match
 * of the combined pattern is mapped back to its term without capture groups.
 * Runs once per match, so the common all-ASCII word skips the replacements.
 */
export function lookupKey(text: string, foldCase: boolean): string {
  const key = PLAIN_ASCII.test(text) ? text : text.replace(KEY_NOISE_G, '').replace(CURLY_APOSTROPHE_G, "'");
  if (!foldCase) {
    return key;
  }
  const lower = key.toLowerCase();
  // Letters the `iu` regex flags treat as equal but toLowerCase does not.
  return FOLD_EXCEPTIONS.test(lower) ? lower.replace(/ς/g, 'σ').replace(/ſ/g, 's') : lower;
}

/** Fold one code point for the trie; keeps the original when lower-casing changes its length. */
export function foldChar(ch: string): string {
  const lower = ch.toLowerCase();
  return lower.length === ch.length ? lower : ch;
}

export function escapeForClass(ch: string): string {
  return /[\\\][\-^]/.test(ch) ? `\\${ch}` : ch;
}

export function escapeLiteral(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}
