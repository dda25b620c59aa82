import type { Alias } from '../../src/shared/dataset/types';
import { normaliseAliasName } from '../../src/shared/dataset/normalise';

/**
 * Resolves a group name as written in a curated record ("Guardians of Peace",
 * "TraderTraitor") to a group id through the alias table. Aliases are ordered
 * primary-first, so a disputed name resolves to the group ATT&CK assigns it to.
 */
export function makeGroupResolver(aliases: Alias[]): (name: string, where: string) => string {
  const primary = new Map<string, string>();
  for (const alias of aliases) {
    const key = normaliseAliasName(alias.name);
    if (!primary.has(key)) {
      primary.set(key, alias.groupId);
    }
  }
  return (name: string, where: string): string => {
    const id = primary.get(normaliseAliasName(name));
    if (id === undefined) {
      throw new Error(`${where}: no group is known by the name "${name}"`);
    }
    return id;
  };
}
