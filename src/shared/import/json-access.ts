/**
 * Reading untrusted parsed JSON. Only own properties are read, so a missing key
 * never falls through to Object.prototype (a file without "constructor" must not
 * find Object's constructor function).
 */

export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function own(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
