import type { Group } from '../../src/shared/dataset/types';
import type { CuratedGroupsFile } from './curated-types';
import type { GroupDraft } from './group-draft';
import { SOURCE_IDS, bySourcePriority } from './source-ids';

const KIND_ORDER: Record<Group['kind'], number> = { group: 0, umbrella: 1, campaign: 2 };

/**
 * Turns merged drafts into Group records with our own summary and sponsor.
 * A group without a curated summary still ships (a new upstream actor must not
 * break the build) with a neutral placeholder, and the build warns about it.
 */
export function finaliseGroups(
  drafts: Map<string, GroupDraft>,
  curated: CuratedGroupsFile,
  warn: (message: string) => void,
): Group[] {
  const groups = [...drafts.values()].map((draft): Group => {
    const text = curated.groups[draft.id];
    if (text === undefined) {
      warn(`no curated summary for group "${draft.id}"; add one to assets/dataset/curated/groups.json`);
    }
    const group: Group = {
      id: draft.id,
      name: draft.name,
      kind: draft.kind,
      summary:
        text?.summary ?? `A North Korea-linked activity cluster named ${draft.name} in the listed sources.`,
      sponsor: text?.sponsor ?? curated.defaultSponsor,
      country: 'KP',
      parentIds: [...draft.parentIds].sort(),
      sources: [...new Set([...draft.sources, SOURCE_IDS.curated])].sort(bySourcePriority),
      links: draft.links,
    };
    if (draft.attackId !== undefined) {
      group.attackId = draft.attackId;
    }
    if (draft.mispUuid !== undefined) {
      group.mispUuid = draft.mispUuid;
    }
    if (draft.firstSeen !== undefined) {
      group.firstSeen = draft.firstSeen;
    }
    return orderKeys(group);
  });
  for (const id of Object.keys(curated.groups)) {
    if (!drafts.has(id)) {
      warn(`curated summary for unknown group "${id}" is unused`);
    }
  }
  return groups.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (a.attackId === undefined ? 1 : 0) - (b.attackId === undefined ? 1 : 0) ||
      (a.attackId ?? '').localeCompare(b.attackId ?? '') ||
      (a.id < b.id ? -1 : 1),
  );
}

/** Same key order in every record, whatever order fields were set in. */
function orderKeys(group: Group): Group {
  const ordered: Group = {
    id: group.id,
    name: group.name,
    kind: group.kind,
    summary: group.summary,
    sponsor: group.sponsor,
    country: group.country,
    parentIds: group.parentIds,
    sources: group.sources,
    links: group.links,
  };
  if (group.attackId !== undefined) {
    ordered.attackId = group.attackId;
  }
  if (group.mispUuid !== undefined) {
    ordered.mispUuid = group.mispUuid;
  }
  if (group.firstSeen !== undefined) {
    ordered.firstSeen = group.firstSeen;
  }
  return ordered;
}
