import type { Alias, Group, Incident } from '../dataset/types';
import type { ImportRecord } from '../store/records';
import { buildGroupIndex } from './match-groups';
import { incidentFinder } from './match-incidents';
import { matchKey } from './normalise-name';
import type { SkippedEntry } from './parsed-file';
import { resolveImportedGroups } from './resolve-imported-groups';
import { recallSkipped } from './skipped-memo';

/** What confirming an import would change, for the confirmation dialog. */
export interface ImportPreview {
  newGroups: { id: string; name: string }[];
  /** Known groups that gain names. */
  changedGroups: { id: string; name: string; newAliases: string[] }[];
  /** Known groups the file speaks about without adding a name. */
  unchangedCount: number;
  skipped: SkippedEntry[];
  /** New groups, changed groups, and groups that new incidents are attributed to. */
  touchedGroupIds: string[];
  newIncidents: { id: string; name: string }[];
}

export function previewImport(
  record: ImportRecord,
  current: { groups: Group[]; aliases: Alias[]; incidents: Incident[] },
  skipped: SkippedEntry[] = recallSkipped(record),
): ImportPreview {
  const index = buildGroupIndex(current);
  const redirect = resolveImportedGroups(record, index);
  const newGroups = record.groups.filter((g) => !redirect.has(g.id)).map((g) => ({ id: g.id, name: g.name }));

  const newAliasesByGroup = new Map<string, string[]>();
  const seenKeys = new Map<string, Set<string>>();
  for (const alias of record.aliases) {
    const groupId = redirect.get(alias.groupId) ?? alias.groupId;
    const knownNames = index.namesOf.get(groupId);
    if (!knownNames) {
      continue; // an alias of a new group, or of a group that no longer exists
    }
    const additions = newAliasesByGroup.get(groupId) ?? [];
    newAliasesByGroup.set(groupId, additions);
    const key = matchKey(alias.name);
    const seen = seenKeys.get(groupId) ?? new Set<string>();
    seenKeys.set(groupId, seen);
    if (!knownNames.has(key) && !seen.has(key)) {
      seen.add(key);
      additions.push(alias.name);
    }
  }
  // Imported groups that now resolve to known ones are spoken about even when they add no name.
  for (const knownId of redirect.values()) {
    if (!newAliasesByGroup.has(knownId)) {
      newAliasesByGroup.set(knownId, []);
    }
  }

  const changedGroups: ImportPreview['changedGroups'] = [];
  let unchangedCount = 0;
  for (const [id, newAliases] of newAliasesByGroup) {
    if (newAliases.length > 0) {
      changedGroups.push({ id, name: index.groups.get(id)?.name ?? id, newAliases });
    } else {
      unchangedCount++;
    }
  }

  const findKnownIncident = incidentFinder(current.incidents);
  const freshIncidents = record.incidents.filter((i) => findKnownIncident(i) === undefined);
  const touched = new Set<string>([...newGroups.map((g) => g.id), ...changedGroups.map((g) => g.id)]);
  for (const incident of freshIncidents) {
    for (const id of incident.groupIds) {
      touched.add(redirect.get(id) ?? id);
    }
  }

  return {
    newGroups,
    changedGroups,
    unchangedCount,
    skipped,
    touchedGroupIds: [...touched],
    newIncidents: freshIncidents.map((i) => ({ id: i.id, name: i.name })),
  };
}
