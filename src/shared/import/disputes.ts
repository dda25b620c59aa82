import type { Alias } from '../dataset/types';
import { normaliseAliasName } from '../dataset/normalise';

/**
 * Marks a name as disputed when it sits under more than one group. Flags the
 * bundled dataset set (from curation) are kept: this only ever adds disputes.
 * Uses the dataset's alias key so the result passes validateDataset's dispute check.
 * Mutates the given (already copied) aliases.
 */
export function markDisputedNames(aliases: Alias[]): void {
  const groupsByKey = new Map<string, Set<string>>();
  for (const alias of aliases) {
    const key = normaliseAliasName(alias.name);
    const groups = groupsByKey.get(key) ?? new Set<string>();
    groups.add(alias.groupId);
    groupsByKey.set(key, groups);
  }
  for (const alias of aliases) {
    const groups = groupsByKey.get(normaliseAliasName(alias.name));
    if (!groups || groups.size < 2) {
      continue;
    }
    alias.disputed = true;
    for (const other of groups) {
      if (other !== alias.groupId && !alias.alsoGroupIds.includes(other)) {
        alias.alsoGroupIds.push(other);
      }
    }
  }
}
