import type { Alias, Group, Incident, SourceLink } from '../dataset/types';
import { aliasId } from '../dataset/normalise';
import type { ImportRecord } from '../store/records';
import { markDisputedNames } from './disputes';
import { buildGroupIndex } from './match-groups';
import { incidentFinder } from './match-incidents';
import { resolveImportedGroups } from './resolve-imported-groups';

/**
 * The effective dataset: the bundled one with every confirmed import laid over
 * it, in order. Nothing bundled is removed or rewritten; imports add groups,
 * names, links and incidents, and every fact an import contributes carries the
 * import's source id. Inputs are never mutated.
 */

export interface MergeableDataset {
  groups: Group[];
  aliases: Alias[];
  incidents: Incident[];
}

function addUnique<T>(into: T[], items: readonly T[]): void {
  for (const item of items) {
    if (!into.includes(item)) {
      into.push(item);
    }
  }
}

function addLinks(into: SourceLink[], links: readonly SourceLink[]): void {
  for (const link of links) {
    if (!into.some((l) => l.url === link.url)) {
      into.push({ ...link });
    }
  }
}

export function mergeDataset(base: MergeableDataset, imports: ImportRecord[]): MergeableDataset {
  const groups = structuredClone(base.groups);
  const aliases = structuredClone(base.aliases);
  const incidents = structuredClone(base.incidents);
  const groupsById = new Map(groups.map((g) => [g.id, g]));
  const aliasesById = new Map(aliases.map((a) => [a.id, a]));

  for (const record of imports) {
    const sourceId = record.source.id;
    const redirect = resolveImportedGroups(record, buildGroupIndex({ groups, aliases }));

    for (const imported of record.groups) {
      const knownId = redirect.get(imported.id);
      const known = knownId === undefined ? undefined : groupsById.get(knownId);
      if (known) {
        addUnique(known.sources, [sourceId]);
        addLinks(known.links, imported.links);
        continue;
      }
      const group = structuredClone(imported);
      addUnique(group.sources, [sourceId]);
      groups.push(group);
      groupsById.set(group.id, group);
    }

    for (const imported of record.aliases) {
      const groupId = redirect.get(imported.groupId) ?? imported.groupId;
      const group = groupsById.get(groupId);
      if (!group) {
        continue; // its group is gone from the dataset; a name without a group cannot be shown
      }
      addUnique(group.sources, [sourceId]);
      const id = aliasId(groupId, imported.name);
      const known = aliasesById.get(id);
      if (known) {
        addUnique(known.sources, [...imported.sources, sourceId]);
        continue;
      }
      const alias: Alias = {
        ...structuredClone(imported),
        id,
        groupId,
        disputed: false,
        alsoGroupIds: [],
      };
      addUnique(alias.sources, [sourceId]);
      aliases.push(alias);
      aliasesById.set(id, alias);
    }

    // Built once per record: a record's own incidents have distinct ids and names.
    const findKnownIncident = incidentFinder(incidents);
    for (const imported of record.incidents) {
      const groupIds = imported.groupIds
        .map((id) => redirect.get(id) ?? id)
        .filter((id) => groupsById.has(id));
      if (groupIds.length === 0) {
        continue;
      }
      const known = findKnownIncident(imported);
      if (known) {
        addUnique(known.groupIds, groupIds);
        addLinks(known.sources, imported.sources);
        continue;
      }
      const incident = { ...structuredClone(imported), groupIds: [...new Set(groupIds)] };
      incidents.push(incident);
    }
  }

  markDisputedNames(aliases);
  return { groups, aliases, incidents };
}
