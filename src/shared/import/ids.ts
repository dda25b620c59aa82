import { isPartialIsoDate } from '../dataset/dates';

/** Identifier shapes accepted from files, and the slugs we mint for imported groups. */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** STIX identifiers: "<object type>--<uuid>". */
export const STIX_ID =
  /^([a-z0-9][a-z0-9-]*[a-z0-9])--([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** MITRE ATT&CK group ids. */
export const ATTACK_GROUP_ID = /^G\d{4}$/;
/** ISO 8601 date or timestamp as STIX and MISP write them. */
export const ISO_DATE_OR_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** "Lazarus Group" -> "lazarus-group". Empty for names without Latin letters or digits. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** FNV-1a 32-bit hex: a stable id suffix for names that have no Latin slug (e.g. Hangul). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** "2019-09-01T04:00:00.000Z" -> "2019-09-01"; null when not a real calendar date. */
export function isoDay(value: string): string | null {
  const m = ISO_DATE_OR_TIMESTAMP.exec(value);
  if (!m) {
    return null;
  }
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return isPartialIsoDate(day) ? day : null;
}
