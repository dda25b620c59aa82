import type { Result } from '../result';
import { err, ok } from '../result';
import { formatCount } from './limits';
import { childPath, ROOT_PATH } from './path-errors';

/**
 * One pass over a parsed JSON value for the dangers that do not depend on the
 * format: keys that could pollute prototypes if anything ever copied by key,
 * and strings long enough to bloat the store or freeze a renderer.
 * Runs only after the nesting depth was bounded, so recursion is safe here.
 */

/** Keys refused anywhere: harmless to JSON.parse, dangerous to any later merge-by-key. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface TreeLimits {
  maxStringLength: number;
}

export function checkJsonTree(value: unknown, limits: TreeLimits, path = ROOT_PATH): Result<true> {
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) {
      return err(
        'string-too-long',
        `Text at ${path} is ${formatCount(value.length)} characters long; the limit is ${formatCount(limits.maxStringLength)}.`,
      );
    }
    return ok(true);
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const r = checkJsonTree(value[i], limits, childPath(path, i));
      if (!r.ok) {
        return r;
      }
    }
    return ok(true);
  }
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        return err(
          'forbidden-key',
          `The key "${key}" at ${path} is not allowed: it is a known way to tamper with programs that read JSON.`,
        );
      }
      if (key.length > limits.maxStringLength) {
        return err('string-too-long', `A key at ${path} is ${formatCount(key.length)} characters long.`);
      }
      const r = checkJsonTree((value as Record<string, unknown>)[key], limits, childPath(path, key));
      if (!r.ok) {
        return r;
      }
    }
  }
  return ok(true);
}
