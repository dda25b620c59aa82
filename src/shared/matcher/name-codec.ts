import type { EndRule, StartRule, Token, TokenizedName } from './tokens';

/**
 * Tokenized names in a compact string form, so the background can tokenize
 * a watch list once and every page skip it: on a cold page tokenizing the
 * dataset's names took ~30 ms (a few Unicode regex tests per character, in
 * code the page runs once). One string per name:
 *   <start rule initial><end rule initial><tokens>
 * where a token is its character, or one of three control characters for a
 * gap, an optional gap and an apostrophe. A name that itself holds one of
 * those control characters is not encoded (null), and is tokenized again.
 */

const GAP = '\u0001';
const OPTIONAL_GAP = '\u0002';
const APOSTROPHE = '\u0003';
/** The same as char codes, for readers of the encoded form (word-trie.ts). */
export const ENCODED_GAP = GAP.charCodeAt(0);
export const ENCODED_OPTIONAL_GAP = OPTIONAL_GAP.charCodeAt(0);
export const ENCODED_APOSTROPHE = APOSTROPHE.charCodeAt(0);
/** Where a name's tokens start in its encoded form, after the start and end rule initials. */
export const ENCODED_BODY_START = 2;

const START_RULES: Record<string, StartRule> = { w: 'word', n: 'none' };
const END_RULES: Record<string, EndRule> = { w: 'word', h: 'hangul', n: 'none' };

export function encodeName(name: TokenizedName | null): string | null {
  if (!name) {
    return null;
  }
  let body = '';
  for (const token of name.tokens) {
    if (token.kind === 'char') {
      if (isReserved(token.value)) {
        return null;
      }
      body += token.value;
    } else {
      body += token.kind === 'gap' ? GAP : token.kind === 'optional-gap' ? OPTIONAL_GAP : APOSTROPHE;
    }
  }
  return `${name.startRule[0]}${name.endRule[0]}${body}`;
}

/**
 * Null for a string that is not an encoded name (the caller then tokenizes
 * the term itself). The tokens are decoded on first use: the word trie reads
 * `encoded` directly, and a 10,000-name list would otherwise allocate
 * 150,000 token objects on every page.
 */
export function decodeName(encoded: string | null | undefined): TokenizedName | null {
  const startRule = START_RULES[encoded?.[0] ?? ''];
  const endRule = END_RULES[encoded?.[1] ?? ''];
  if (!encoded || !startRule || !endRule || encoded.length < 3) {
    return null;
  }
  return new EncodedName(encoded, startRule, endRule);
}

class EncodedName implements TokenizedName {
  private decoded: Token[] | null = null;

  constructor(
    readonly encoded: string,
    readonly startRule: StartRule,
    readonly endRule: EndRule,
  ) {}

  get tokens(): Token[] {
    this.decoded ??= decodeTokens(this.encoded.slice(ENCODED_BODY_START));
    return this.decoded;
  }

  /** What JSON.stringify and structural comparisons see: the plain name. */
  toJSON(): Omit<TokenizedName, 'encoded'> {
    return { tokens: this.tokens, startRule: this.startRule, endRule: this.endRule };
  }
}

function decodeTokens(body: string): Token[] {
  const tokens: Token[] = [];
  for (const ch of body) {
    if (ch === GAP) {
      tokens.push({ kind: 'gap' });
    } else if (ch === OPTIONAL_GAP) {
      tokens.push({ kind: 'optional-gap' });
    } else if (ch === APOSTROPHE) {
      tokens.push({ kind: 'apostrophe' });
    } else {
      tokens.push({ kind: 'char', value: ch });
    }
  }
  return tokens;
}

function isReserved(ch: string): boolean {
  return ch === GAP || ch === OPTIONAL_GAP || ch === APOSTROPHE;
}
