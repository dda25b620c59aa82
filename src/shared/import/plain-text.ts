import type { Result } from '../result';
import { err, ok } from '../result';
import { formatCount } from './limits';
import { expectedMessage } from './path-errors';

/**
 * Names end up in hover cards, the side panel and the page matcher, so they
 * must be short plain text. We refuse (rather than strip) anything that looks
 * like markup or hides characters: a silently cleaned name would match text the
 * analyst never saw in their file.
 */

/** C0/C1 controls, bidi overrides/isolates (Trojan Source) and invisible spaces; ZWJ/ZWNJ stay (scripts need them). */
const HIDDEN_CHARACTERS =
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
/** "<script>", "</b>", "<!--", "<?xml", "<img src=x>": a "<" that opens a tag. A lone "<" in prose is fine. */
const MARKUP = /<[A-Za-z!/?][^>]*>?/;

export function checkPlainName(
  value: unknown,
  path: string,
  maxLength: number,
  what = 'Name',
): Result<string> {
  if (typeof value !== 'string') {
    return err('wrong-type', expectedMessage(path, 'a string', value));
  }
  const name = value.replace(/\s+/g, ' ').trim();
  const hidden = HIDDEN_CHARACTERS.exec(value);
  if (hidden) {
    const code = hidden[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return err(
      'control-char-in-name',
      `${what} at ${path} contains an invisible or control character (U+${code}); names must be plain text.`,
    );
  }
  if (name === '') {
    return err('missing-name', `${what} at ${path} is empty.`);
  }
  if (name.length > maxLength) {
    return err(
      'name-too-long',
      `${what} at ${path} is ${formatCount(name.length)} characters long; the limit is ${formatCount(maxLength)}.`,
    );
  }
  const markup = MARKUP.exec(name);
  if (markup) {
    return err(
      'markup-in-name',
      `${what} at ${path} contains markup (${markup[0].slice(0, 30)}); names must be plain text.`,
    );
  }
  return ok(name);
}
