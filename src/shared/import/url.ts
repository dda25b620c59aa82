/**
 * Links from imported files become clickable in the extension's pages, so only
 * http(s) survives. Policy (documented in index.ts):
 *  - http(s) URLs are kept;
 *  - script-capable schemes (javascript:, data:, vbscript:, file:, blob:) are an
 *    error for the whole file: no honest threat-intelligence file contains them;
 *  - anything else (ftp:, bare text, relative paths) is dropped with a note,
 *    because real files do hold the odd citation that is not a URL.
 */

export type UrlVerdict =
  { kind: 'ok'; url: string } | { kind: 'dangerous'; scheme: string } | { kind: 'other' };

const DANGEROUS_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:', 'blob:']);

export function judgeUrl(raw: string): UrlVerdict {
  // Browsers ignore leading spaces/controls and embedded tabs/newlines in schemes ("java\tscript:"),
  // so judge the scheme the way a browser would read it.
  // oxlint-disable-next-line no-control-regex -- finding control characters is the point
  const squeezed = raw.replace(/[\u0000-\u0020\u007F]+/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*:)/.exec(squeezed)?.[1];
  if (scheme && DANGEROUS_SCHEMES.has(scheme)) {
    return { kind: 'dangerous', scheme };
  }
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    return { kind: 'other' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { kind: 'other' };
  }
  return { kind: 'ok', url: parsed.href };
}

/** A short title for a link that has none: its host name. */
export function hostTitle(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url.slice(0, 60);
  }
}
