import type { CuratedAliasesFile, CuratedUmbrellasFile } from './curated-types';
import { addLink } from './group-draft';
import type { AliasClaim, GroupDraft } from './group-draft';
import { SOURCE_IDS } from './source-ids';

/**
 * Adds what only curation knows: umbrella groups (HIDDEN COBRA), "part of"
 * links between groups, and names the upstream files lack (bare "Lazarus",
 * Korean names). Every curated fact names its source links in the curated
 * file; a reference to an unknown group stops the build.
 */
export function applyCuratedGroups(
  drafts: Map<string, GroupDraft>,
  claims: AliasClaim[],
  umbrellas: CuratedUmbrellasFile,
  aliasFiles: CuratedAliasesFile[],
): void {
  for (const umbrella of umbrellas.umbrellas) {
    const draft = drafts.get(umbrella.id) ?? {
      id: umbrella.id,
      name: umbrella.name,
      kind: 'umbrella' as const,
      sources: new Set<string>(),
      links: [],
      parentIds: new Set<string>(),
    };
    draft.kind = 'umbrella';
    draft.sources.add(SOURCE_IDS.curated);
    for (const link of umbrella.links) {
      addLink(draft, link);
    }
    drafts.set(umbrella.id, draft);
    claims.push({ groupId: umbrella.id, name: umbrella.name, sourceId: SOURCE_IDS.curated });
  }

  for (const link of umbrellas.parentLinks) {
    const child = requireGroup(drafts, link.child, 'umbrellas.json parentLinks.child');
    requireGroup(drafts, link.parent, 'umbrellas.json parentLinks.parent');
    if (link.sources.length === 0) {
      throw new Error(`umbrellas.json: the link ${link.child} -> ${link.parent} has no source`);
    }
    child.parentIds.add(link.parent);
  }

  for (const file of aliasFiles) {
    for (const alias of file.aliases) {
      requireGroup(drafts, alias.groupId, `curated alias "${alias.name}"`);
      if (alias.sources.length === 0) {
        throw new Error(`curated alias "${alias.name}" has no source link`);
      }
      const claim: AliasClaim = { groupId: alias.groupId, name: alias.name, sourceId: SOURCE_IDS.curated };
      if (alias.lang !== undefined) {
        claim.lang = alias.lang;
      }
      claims.push(claim);
    }
  }
}

function requireGroup(drafts: Map<string, GroupDraft>, id: string, where: string): GroupDraft {
  const draft = drafts.get(id);
  if (draft === undefined) {
    throw new Error(`${where}: unknown group id "${id}" (known: ${[...drafts.keys()].sort().join(', ')})`);
  }
  return draft;
}
