import type { Alias, DataSource, Group, Incident, SourceLink } from '../dataset/types';
import type { ImportRecord } from '../store/records';
import { shortHash, slugify } from './ids';
import type { GroupIndex } from './match-groups';
import { findMatchingGroup } from './match-groups';
import { aliasId } from '../dataset/normalise';
import { guessLang, matchKey } from './normalise-name';
import type { ImportedActor, ParsedFile, SkippedEntry } from './parsed-file';

/**
 * Turns a checked file into an ImportRecord against the groups known now:
 * entries that match a known group contribute aliases under that group's id;
 * unmatched entries the file calls North Korean become new "imp-" groups; the
 * rest are skipped with a reason. Campaigns attributed to a taken actor and
 * dated become incidents.
 */

export interface BuiltImport {
  record: ImportRecord;
  skipped: SkippedEntry[];
  /** File-level notes and the notes of the entries taken. */
  notes: string[];
}

export const NOT_NORTH_KOREAN = 'not attributed to North Korea';

export function importRecordId(importedAt: string, fileName: string): string {
  return `import:${importedAt}:${fileName}`;
}

/** A stable "imp-" id: the Latin slug, or a hash for names without one (Hangul), unique within `taken`. */
export function mintId(name: string, taken: Set<string>): string {
  const base = `imp-${slugify(name) || shortHash(name)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    id = `${base}-${n}`;
  }
  taken.add(id);
  return id;
}

export function newAlias(groupId: string, name: string, sourceId: string): Alias {
  return {
    id: aliasId(groupId, name),
    groupId,
    name,
    lang: guessLang(name),
    caseSensitive: false,
    ambiguity: null,
    sources: [sourceId],
    usedBy: [],
    disputed: false,
    alsoGroupIds: [],
  };
}

function unionLinks(into: SourceLink[], more: SourceLink[]): void {
  for (const link of more) {
    if (!into.some((l) => l.url === link.url)) {
      into.push(link);
    }
  }
}

export function buildImportRecord(
  parsed: ParsedFile,
  fileName: string,
  importedAt: string,
  index: GroupIndex,
): BuiltImport {
  const recordId = importRecordId(importedAt, fileName);
  const source: DataSource = { id: recordId, name: fileName, producer: parsed.producer, kind: 'imported' };
  const neutralSummary = `Imported from ${fileName}.`;
  const skipped: SkippedEntry[] = [...parsed.skipped];
  const notes: string[] = [...parsed.notes];
  const groups: Group[] = [];
  const newGroupByNameKey = new Map<string, Group>();
  const usedGroupIds = new Set(index.groups.keys());
  const aliasesById = new Map<string, Alias>();
  const groupIdByStixId = new Map<string, string>();

  const addAliases = (groupId: string, actor: ImportedActor): void => {
    for (const name of [actor.name, ...actor.aliases]) {
      const alias = newAlias(groupId, name, recordId);
      if (!aliasesById.has(alias.id)) {
        aliasesById.set(alias.id, alias);
      }
    }
  };

  for (const actor of parsed.actors) {
    const isNorthKorean = actor.northKoreaEvidence !== null;
    const matched = findMatchingGroup({ ...actor, allowSynonymMatch: isNorthKorean }, index);
    let groupId: string;
    if (matched !== null) {
      groupId = matched;
    } else if (isNorthKorean) {
      // Two entries with the same name in one file (MISP has such pairs) are one group.
      const existing = newGroupByNameKey.get(matchKey(actor.name));
      if (existing) {
        unionLinks(existing.links, actor.links);
        groupId = existing.id;
      } else {
        const group: Group = {
          id: mintId(actor.name, usedGroupIds),
          name: actor.name,
          kind: 'group',
          summary: neutralSummary,
          sponsor: '',
          country: 'KP',
          ...(actor.attackId !== undefined ? { attackId: actor.attackId } : {}),
          ...(actor.mispUuid !== undefined ? { mispUuid: actor.mispUuid } : {}),
          parentIds: [],
          sources: [recordId],
          links: [...actor.links],
          ...(actor.firstSeen !== undefined ? { firstSeen: actor.firstSeen } : {}),
        };
        groups.push(group);
        newGroupByNameKey.set(matchKey(actor.name), group);
        groupId = group.id;
      }
    } else {
      skipped.push({ name: actor.name, reason: NOT_NORTH_KOREAN });
      continue;
    }
    addAliases(groupId, actor);
    notes.push(...actor.notes);
    if (actor.stixId !== undefined) {
      groupIdByStixId.set(actor.stixId, groupId);
    }
  }

  const incidents: Incident[] = [];
  const usedIncidentIds = new Set<string>();
  for (const campaign of parsed.campaigns) {
    const groupIds = [...new Set(campaign.actorStixIds.flatMap((id) => groupIdByStixId.get(id) ?? []))];
    if (groupIds.length === 0) {
      skipped.push({
        name: campaign.name,
        reason:
          campaign.actorStixIds.length === 0
            ? 'campaign not attributed to a group in the file'
            : 'campaign attributed only to groups not taken from the file',
      });
      continue;
    }
    if (campaign.date === null) {
      skipped.push({ name: campaign.name, reason: 'campaign has no first_seen date' });
      continue;
    }
    incidents.push({
      id: mintId(campaign.name, usedIncidentIds),
      name: campaign.name,
      date: campaign.date,
      victim: '',
      lossUsd: null,
      groupIds,
      // The file attributes the campaign, but names no attributor of a kind we could state honestly.
      attributions: [],
      disputed: false,
      summary: neutralSummary,
      sources: [...campaign.links],
    });
  }

  return {
    record: {
      id: recordId,
      source,
      importedAt,
      groups,
      aliases: [...aliasesById.values()],
      incidents,
    },
    skipped,
    notes,
  };
}
