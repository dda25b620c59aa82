import type { PageMention } from '../../shared/views/page-views';

/** Context is cut at ~80 characters; shorter context reached the edge of its block and needs no ellipsis. */
const CUT_LENGTH = 80;

function ellipsise(text: string, side: 'before' | 'after'): string {
  const collapsed = text.replace(/\s+/g, ' ');
  if (text.length < CUT_LENGTH) {
    return collapsed;
  }
  return side === 'before' ? `…${collapsed.trimStart()}` : `${collapsed.trimEnd()}…`;
}

/** One mention with the text around it; choosing it scrolls the page to it. */
export function MentionItem({
  mention,
  onReveal,
}: {
  mention: PageMention;
  onReveal: (mention: PageMention) => void;
}) {
  return (
    <li>
      <button type="button" class="mention-snippet" onClick={() => onReveal(mention)}>
        <span class="visually-hidden">Show on page: </span>
        <span class="muted">{ellipsise(mention.before, 'before')}</span>
        <span class="mention-alias">{mention.alias}</span>
        <span class="muted">{ellipsise(mention.after, 'after')}</span>
      </button>
    </li>
  );
}
