import type { GroupKind, SourceLink } from '../../src/shared/dataset/types';

/** One source saying "this group is also called `name`". */
export interface AliasClaim {
  groupId: string;
  name: string;
  sourceId: string;
  lang?: string;
}

/** A group while sources are being merged into it; becomes a Group once curated text is joined. */
export interface GroupDraft {
  id: string;
  name: string;
  kind: GroupKind;
  attackId?: string;
  mispUuid?: string;
  firstSeen?: string;
  sources: Set<string>;
  links: SourceLink[];
  parentIds: Set<string>;
}

/** Stable slug ids: "TEMP.Hermit" -> "temp-hermit", "Lazarus Group" -> "lazarus-group". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

export function addLink(draft: GroupDraft, link: SourceLink): void {
  if (!draft.links.some((l) => l.url === link.url && l.title === link.title)) {
    draft.links.push(link);
  }
}
