/**
 * JSONPath-like locations ("$.values[3].meta.synonyms[2]") and type names for
 * error messages, so a user can find the broken spot in their file.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
const MAX_KEY_IN_PATH = 40;

export const ROOT_PATH = '$';

export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') {
    return `${parent}[${key}]`;
  }
  if (IDENTIFIER.test(key) && key.length <= MAX_KEY_IN_PATH) {
    return `${parent}.${key}`;
  }
  const shown = key.length > MAX_KEY_IN_PATH ? `${key.slice(0, MAX_KEY_IN_PATH)}…` : key;
  return `${parent}[${JSON.stringify(shown)}]`;
}

/** "a string", "a number", "null", "a list", "an object", as a user would say it. */
export function describeJsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}

/** "At $.values[3].meta.synonyms[2]: expected a string, found a number." */
export function expectedMessage(path: string, expected: string, found: unknown): string {
  return `At ${path}: expected ${expected}, found ${describeJsonType(found)}.`;
}
