import { useMemo } from 'preact/hooks';
import { isPageEnabled } from '../shared/site-rules';
import { StatusLine } from '../ui/components/StatusLine';
import { useBackground } from '../ui/hooks/use-background';
import { useBroadcast } from '../ui/hooks/use-broadcast';
import { AddCustomTerm } from './AddCustomTerm';
import { GroupQuickSwitches } from './GroupQuickSwitches';
import { MasterSwitchNotice } from './MasterSwitchNotice';
import { PopupActions } from './PopupActions';
import { SiteSwitch } from './SiteSwitch';
import { useActiveTabOnce } from './use-active-tab-once';

/** The toolbar popup: this page at a glance and the switches people reach for most. */
export function PopupApp() {
  const tab = useActiveTabOnce();
  const tabId = tab.value?.id;
  const mentions = useBackground(
    tabId === undefined ? null : { type: 'ui/tab-mentions', tabId },
    String(tabId),
  );
  const overview = useBackground({ type: 'ui/overview' }, 'overview');

  useBroadcast((message) => {
    if (message.type === 'bg/ui-state-changed') {
      overview.reload();
      mentions.reload();
    } else if (message.type === 'bg/mentions-changed' && message.tabId === tabId) {
      mentions.reload();
    }
  });

  // Without the "tabs" permission tab.url can be missing; the content script's answer carries the URL.
  const url = tab.value?.url || mentions.value?.url || null;
  const countsByGroup = useMemo(() => {
    const counts = new Map<string, number>();
    for (const mention of mentions.value?.mentions ?? []) {
      if (mention.groupId) {
        counts.set(mention.groupId, (counts.get(mention.groupId) ?? 0) + 1);
      }
    }
    return counts;
  }, [mentions.value]);

  const settings = overview.value?.settings;
  const siteEnabled = url && overview.value ? isPageEnabled(url, overview.value.siteRules, true) : true;
  const count = mentions.value?.mentions.length ?? 0;

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>NK Threat Lens</h1>
        <p class="mention-count" role="status" aria-live="polite">
          {mentions.value ? (
            <>
              <strong>{count}</strong> {count === 1 ? 'mention' : 'mentions'} on this page
            </>
          ) : (
            ''
          )}
        </p>
      </header>
      {!overview.value && (
        <StatusLine status={overview.status} error={'error' in overview ? overview.error : undefined} />
      )}
      {settings && !settings.enabled && <MasterSwitchNotice />}
      {overview.value && <SiteSwitch url={url} enabled={siteEnabled} />}
      <PopupActions tabId={tabId} />
      {overview.value && <GroupQuickSwitches groups={overview.value.groups} countsByGroup={countsByGroup} />}
      <AddCustomTerm />
    </main>
  );
}
