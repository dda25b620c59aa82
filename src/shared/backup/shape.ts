import { isJsonObject } from '../import/json-access';
import { childPath, expectedMessage } from '../import/path-errors';

/**
 * A tiny shape checker for restoring backups. A shape returns null when the
 * value fits, else a message naming the path. objectShape<T> takes one entry
 * for every key of T, so a field added to a store record type fails to compile
 * here until the backup check learns it.
 */

export type Shape = (value: unknown, path: string) => string | null;

interface OptionalField {
  optional: Shape;
}

type FieldShapes<T> = { [K in keyof T]-?: undefined extends T[K] ? OptionalField | Shape : Shape };

export const optional = (shape: Shape): OptionalField => ({ optional: shape });

export const string: Shape = (v, path) =>
  typeof v === 'string' ? null : expectedMessage(path, 'a string', v);

export const nonEmptyString: Shape = (v, path) =>
  typeof v === 'string' && v !== '' ? null : expectedMessage(path, 'a non-empty string', v);

export const boolean: Shape = (v, path) =>
  typeof v === 'boolean' ? null : expectedMessage(path, 'true or false', v);

export const finiteNumber: Shape = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? null : expectedMessage(path, 'a number', v);

export const integer: Shape = (v, path) =>
  Number.isSafeInteger(v) ? null : expectedMessage(path, 'a whole number', v);

/** Any JSON value (SettingRecord.value): the generic tree checks already ran. */
export const anyJson: Shape = () => null;

export function oneOf(...allowed: readonly (string | number | boolean | null)[]): Shape {
  return (v, path) =>
    allowed.includes(v as string)
      ? null
      : `At ${path}: expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, found ${JSON.stringify(v)?.slice(0, 40) ?? 'nothing'}.`;
}

export function nullable(shape: Shape): Shape {
  return (v, path) => (v === null ? null : shape(v, path));
}

export function arrayOf(item: Shape): Shape {
  return (v, path) => {
    if (!Array.isArray(v)) {
      return expectedMessage(path, 'a list', v);
    }
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], childPath(path, i));
      if (problem !== null) {
        return problem;
      }
    }
    return null;
  };
}

/**
 * Checks the listed fields. Keys the type does not know are allowed through:
 * the checksum already proved the file is as the extension wrote it, and
 * refusing them would make a backup from a newer build of the same format
 * version unrestorable.
 */
export function objectShape<T>(fields: FieldShapes<T>): Shape {
  const entries = Object.entries(fields) as [string, Shape | OptionalField][];
  return (v, path) => {
    if (!isJsonObject(v)) {
      return expectedMessage(path, 'an object', v);
    }
    for (const [key, field] of entries) {
      const present = Object.hasOwn(v, key) && v[key] !== undefined;
      if (typeof field !== 'function') {
        if (present) {
          const problem = field.optional(v[key], childPath(path, key));
          if (problem !== null) {
            return problem;
          }
        }
        continue;
      }
      if (!present) {
        return `At ${path}: the field "${key}" is missing.`;
      }
      const problem = field(v[key], childPath(path, key));
      if (problem !== null) {
        return problem;
      }
    }
    return null;
  };
}
