/**
 * One spelling-insensitive key per alias name, so that "Lazarus Group",
 * "Lazarus group" and "lazarus-group" are recognised as the same name.
 * Used for alias ids, for dispute detection and by validation.
 */
export function normaliseAliasName(name: string): string {
  return (
    name
      // NFKC folds full-width Latin and compatibility forms that appear in pasted text.
      .normalize('NFKC')
      .toLowerCase()
      // Hyphens, dashes, underscores and any run of whitespace all count as one separator.
      .replace(/[\s\-_\u2010-\u2015]+/gu, ' ')
      .trim()
      // "APT 38" and "APT-38" are the same name as "APT38" (the matcher treats them so too).
      .replace(/(?<=\p{L}) (?=\p{N})|(?<=\p{N}) (?=\p{L})/gu, '')
  );
}

/** The id of the alias record for `name` under `groupId`. */
export function aliasId(groupId: string, name: string): string {
  return `${groupId}:${normaliseAliasName(name)}`;
}
