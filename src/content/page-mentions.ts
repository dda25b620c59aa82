import type { GroupCard } from '../shared/views/group-views';
import type { PageMention, PageMentions } from '../shared/views/page-views';
import type { MentionStore } from './scan/mention-store';

const CONTEXT_CHARS = 80;

const tidy = (text: string) => text.replace(/\s+/g, ' ');

/** This frame's mentions in document order, as the side panel and exports see them. */
export function listPageMentions(store: MentionStore, cards: Record<string, GroupCard>): PageMentions {
  const mentions: PageMention[] = store.inDocumentOrder().map((mention, index) => {
    const groupId = mention.term.groupIds[0] ?? null;
    const { text } = mention.block;
    return {
      index,
      frameId: 0, // filled in by the background, which knows which frame answered
      groupId,
      groupName: groupId
        ? (cards[groupId]?.group.name ?? groupId)
        : (mention.term.label ?? mention.term.text),
      termId: mention.term.id,
      alias: tidy(text.slice(mention.start, mention.end)),
      before: tidy(text.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start)).trimStart(),
      after: tidy(text.slice(mention.end, mention.end + CONTEXT_CHARS)).trimEnd(),
    };
  });
  return { url: location.href, title: document.title, takenAt: new Date().toISOString(), mentions };
}
