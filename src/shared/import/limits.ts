/**
 * Limits on imported files. They exist so a hostile or broken file is refused
 * with a clear message instead of freezing the options page or filling the store.
 */

/** Files above this size are refused before their text is looked at. Decimal MB so messages read naturally. */
export const MAX_IMPORT_BYTES = 20_000_000;
/** Deeper nesting is refused before JSON.parse (real MISP/STIX files nest fewer than 10 levels). */
export const MAX_NESTING_DEPTH = 64;
/** Most entries (MISP values, STIX objects) one file may hold; ATT&CK Enterprise has a few hundred. */
export const MAX_ENTRIES = 50_000;
/** Longest string anywhere in the file (descriptions included). */
export const MAX_STRING_LENGTH = 10_000;
/** Longest group or alias name; real names are under 50 characters. */
export const MAX_NAME_LENGTH = 200;
/** Most names (aliases, synonyms) one entry may list. */
export const MAX_NAMES_PER_ENTRY = 500;
/** Most links kept per imported group; the rest are dropped with a note. */
export const MAX_LINKS_PER_GROUP = 50;

/** "100.0 MB" for 100,000,000 bytes; whole numbers drop the decimal only for limits. */
export function formatMegabytes(bytes: number, decimals = 1): string {
  return `${(bytes / 1_000_000).toFixed(decimals)} MB`;
}

/** "1,000,000" so long counts are readable in messages. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
