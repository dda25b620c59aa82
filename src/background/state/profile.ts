import type { GroupProfile } from '../../shared/views/group-views';
import type { EffectiveDataset } from './effective-dataset';

/** A group's whole profile, or null when the id is unknown. */
export function buildGroupProfile(data: EffectiveDataset, groupId: string): GroupProfile | null {
  const group = data.groups.find((candidate) => candidate.id === groupId);
  if (!group) {
    return null;
  }
  const aliases = data.aliases.filter((alias) => alias.groupId === groupId);
  const sourceIds = new Set([...group.sources, ...aliases.flatMap((alias) => alias.sources)]);
  const nameOf = (id: string) => ({ id, name: data.groups.find((g) => g.id === id)?.name ?? id });
  return {
    group,
    aliases,
    bounties: data.bounties
      .filter(
        (bounty) =>
          bounty.groupIds.includes(groupId) || group.parentIds.some((id) => bounty.groupIds.includes(id)),
      )
      .sort((a, b) => a.date.localeCompare(b.date)),
    incidents: data.incidents
      .filter((incident) => incident.groupIds.includes(groupId))
      .sort((a, b) => a.date.localeCompare(b.date)),
    sources: data.sources.filter((source) => sourceIds.has(source.id)),
    parents: group.parentIds.map(nameOf),
    children: data.groups.filter((g) => g.parentIds.includes(groupId)).map((g) => nameOf(g.id)),
  };
}
