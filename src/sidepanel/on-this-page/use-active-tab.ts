import { useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { getActiveTab } from '../../ui/active-tab';

/**
 * The active tab of this window, kept current as the user switches tabs or a
 * tab finishes loading. `version` changes on each such event so callers can
 * reload what they show for the tab.
 */
export function useActiveTab(): { tab: Tabs.Tab | null; version: number } {
  const [state, setState] = useState<{ tab: Tabs.Tab | null; version: number }>({ tab: null, version: 0 });

  useEffect(() => {
    let live = true;
    const refresh = () =>
      void getActiveTab().then((tab) => {
        if (live) {
          setState((previous) => ({ tab, version: previous.version + 1 }));
        }
      });
    const onUpdated = (_tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab) => {
      if (change.status === 'complete' && tab.active) {
        refresh();
      }
    };
    refresh();
    browser.tabs.onActivated.addListener(refresh);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(refresh);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return state;
}
