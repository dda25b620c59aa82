import type { PageMention } from '../../shared/views/page-views';

export interface MentionGroup {
  /** Group id, or the custom term id for custom terms (they have no group). */
  key: string;
  groupId: string | null;
  name: string;
  mentions: PageMention[];
}

/** Mentions grouped by group (custom terms by term), most-mentioned first, page order within each. */
export function groupMentions(mentions: readonly PageMention[]): MentionGroup[] {
  const groups = new Map<string, MentionGroup>();
  for (const mention of mentions) {
    const key = mention.groupId ?? mention.termId;
    let group = groups.get(key);
    if (!group) {
      group = { key, groupId: mention.groupId, name: mention.groupName, mentions: [] };
      groups.set(key, group);
    }
    group.mentions.push(mention);
  }
  return [...groups.values()].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
}
