import { useMemo, useRef, useState } from 'preact/hooks';
import { askBackground } from '../../shared/messages/send';
import type { AppError } from '../../shared/result';
import type { PageMention } from '../../shared/views/page-views';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { StatusLine } from '../../ui/components/StatusLine';
import { useBackground } from '../../ui/hooks/use-background';
import { useBroadcast } from '../../ui/hooks/use-broadcast';
import { ExportButtons } from './ExportButtons';
import { groupMentions } from './group-mentions';
import { MentionGroupList } from './MentionGroupList';
import { useActiveTab } from './use-active-tab';

/** A page rescans in bursts while it loads; one refresh per burst is enough. */
const REFRESH_DELAY_MS = 250;

export function OnThisPage({ onOpenGroup }: { onOpenGroup: (groupId: string) => void }) {
  const { tab, version } = useActiveTab();
  const tabId = tab?.id;
  const mentions = useBackground(
    tabId === undefined ? null : { type: 'ui/tab-mentions', tabId },
    `${tabId}:${version}`,
  );
  const [revealError, setRevealError] = useState<AppError | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useBroadcast((message) => {
    if (message.type === 'bg/mentions-changed' && message.tabId === tabId) {
      clearTimeout(timer.current);
      timer.current = setTimeout(mentions.reload, REFRESH_DELAY_MS);
    }
  });

  const page = mentions.value;
  const groups = useMemo(() => groupMentions(page?.mentions ?? []), [page]);

  const reveal = (mention: PageMention) => {
    if (tabId === undefined) {
      return;
    }
    setRevealError(null);
    void askBackground({
      type: 'ui/reveal-mention',
      tabId,
      frameId: mention.frameId,
      index: mention.index,
    }).then((answer) => {
      if (!answer.ok) {
        setRevealError(answer.error);
        mentions.reload();
      }
    });
  };

  const count = page?.mentions.length ?? 0;
  return (
    <div class="stack">
      <div class="page-heading">
        <p class="page-title" title={page?.url}>
          {page?.title || page?.url || tab?.title || 'This tab'}
        </p>
        <p role="status" aria-live="polite" class="muted">
          {page
            ? `${count} ${count === 1 ? 'mention' : 'mentions'} in ${groups.length} ${groups.length === 1 ? 'group' : 'groups'}`
            : ''}
        </p>
      </div>
      {!page && (
        <StatusLine status={mentions.status} error={'error' in mentions ? mentions.error : undefined} />
      )}
      {page && count > 0 && <ExportButtons page={page} />}
      <ErrorAlert error={revealError} />
      {page && count === 0 && (
        <p class="muted">No watched names on this page. Mentions appear here as the page is scanned.</p>
      )}
      <MentionGroupList groups={groups} onReveal={reveal} onOpenGroup={onOpenGroup} />
    </div>
  );
}
