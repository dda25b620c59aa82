import type { Result } from '../result';
import { err, ok } from '../result';
import { findExcessiveNesting } from './json-scan';
import { formatMegabytes } from './limits';

/**
 * The cheap checks every untrusted JSON file goes through, in an order where no
 * step can be made expensive by the one before it: size (before touching the
 * text), emptiness, nesting depth (a linear scan), and only then JSON.parse.
 */

export interface JsonLimits {
  maxBytes: number;
  maxDepth: number;
}

const BYTE_ORDER_MARK = '\uFEFF';

export function parseUntrustedJson(text: string, byteLength: number, limits: JsonLimits): Result<unknown> {
  // text.length never exceeds the UTF-8 byte length, so checking both stops a
  // caller that passes a wrong byteLength from smuggling a huge text through.
  const size = Math.max(byteLength, text.length);
  if (!Number.isFinite(size) || size > limits.maxBytes) {
    return err(
      'import-too-large',
      `The file is ${formatMegabytes(size)}; the limit is ${formatMegabytes(limits.maxBytes, 0)}.`,
    );
  }
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') {
    return err(
      'empty-file',
      text.length > 0 && body.length === 0
        ? 'Empty file: it holds only a byte-order mark.'
        : 'Empty file: there is nothing to import.',
    );
  }
  const deep = findExcessiveNesting(body, limits.maxDepth);
  if (deep) {
    return err(
      'too-deep',
      `Nesting deeper than ${limits.maxDepth} levels at ${deep.path}; real threat-intelligence files are far shallower.`,
    );
  }
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return err('not-json', `Not JSON: ${detail.slice(0, 200)}`);
  }
}
