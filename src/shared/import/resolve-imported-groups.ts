import type { Alias, Group } from '../dataset/types';
import type { ImportRecord } from '../store/records';
import type { GroupIndex } from './match-groups';
import { findMatchingGroup } from './match-groups';

/**
 * A record's "imp-" groups were minted against the dataset of the day it was
 * imported. The bundled dataset may since have gained the same group (same
 * ATT&CK id, MISP uuid or name), so preview and merge map each imported group
 * to the known group it now matches. Returns imported id -> known id.
 */
export function resolveImportedGroups(record: ImportRecord, index: GroupIndex): Map<string, string> {
  const redirect = new Map<string, string>();
  for (const group of record.groups) {
    if (index.groups.has(group.id)) {
      redirect.set(group.id, group.id);
      continue;
    }
    const match = findMatchingGroup(
      {
        name: group.name,
        aliases: aliasNamesOf(record.aliases, group),
        ...(group.attackId !== undefined ? { attackId: group.attackId } : {}),
        ...(group.mispUuid !== undefined ? { mispUuid: group.mispUuid } : {}),
        // Imported groups exist only for entries the file called North Korean, as at parse time.
        allowSynonymMatch: true,
      },
      index,
    );
    if (match !== null) {
      redirect.set(group.id, match);
    }
  }
  return redirect;
}

function aliasNamesOf(aliases: Alias[], group: Group): string[] {
  return aliases.filter((a) => a.groupId === group.id).map((a) => a.name);
}
