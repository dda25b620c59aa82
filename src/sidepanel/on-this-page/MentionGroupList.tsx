import type { PageMention } from '../../shared/views/page-views';
import type { MentionGroup } from './group-mentions';
import { MentionItem } from './MentionItem';

interface Props {
  groups: MentionGroup[];
  onReveal: (mention: PageMention) => void;
  onOpenGroup: (groupId: string) => void;
}

/** Mentions under a heading per group; the heading opens the group's profile. */
export function MentionGroupList({ groups, onReveal, onOpenGroup }: Props) {
  return (
    <ul class="plain-list mention-groups">
      {groups.map((group) => (
        <li key={group.key} class="mention-group">
          <h2 class="mention-group-heading">
            {group.groupId ? (
              <button type="button" class="link-like" onClick={() => onOpenGroup(group.groupId as string)}>
                {group.name}
              </button>
            ) : (
              <span>
                {group.name} <span class="badge">custom term</span>
              </span>
            )}{' '}
            <span class="badge" aria-label={`${group.mentions.length} mentions`}>
              {group.mentions.length}
            </span>
          </h2>
          <ul class="plain-list mention-list">
            {group.mentions.map((mention) => (
              <MentionItem
                key={`${mention.frameId}:${mention.index}`}
                mention={mention}
                onReveal={onReveal}
              />
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
