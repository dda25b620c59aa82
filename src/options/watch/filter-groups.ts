import type { GroupSwitchView } from '../../shared/views/state-views';

export interface FilteredGroup {
  group: GroupSwitchView;
  /** Aliases to show: all when the group name matches or there is no filter, else the matching ones. */
  aliases: GroupSwitchView['aliases'];
  /** True when the filter matched an alias (so the alias list should start open). */
  matchedAlias: boolean;
}

/** Groups whose name or any alias contains the filter (case-insensitive), sorted by name. */
export function filterGroups(groups: readonly GroupSwitchView[], filter: string): FilteredGroup[] {
  const needle = filter.trim().toLocaleLowerCase();
  const sorted = [...groups].sort((a, b) => a.name.localeCompare(b.name));
  if (!needle) {
    return sorted.map((group) => ({ group, aliases: group.aliases, matchedAlias: false }));
  }
  return sorted.flatMap((group) => {
    const nameMatches = group.name.toLocaleLowerCase().includes(needle);
    const aliases = group.aliases.filter((alias) => alias.name.toLocaleLowerCase().includes(needle));
    if (!nameMatches && aliases.length === 0) {
      return [];
    }
    return [{ group, aliases: nameMatches ? group.aliases : aliases, matchedAlias: aliases.length > 0 }];
  });
}
