import { useEffect, useState } from 'preact/hooks';
import type { Tabs } from 'webextension-polyfill';
import { getActiveTab } from '../ui/active-tab';

/** The tab the popup was opened over. The popup closes when the user switches tabs, so once is enough. */
export function useActiveTabOnce(): { value: Tabs.Tab | null; ready: boolean } {
  const [state, setState] = useState<{ value: Tabs.Tab | null; ready: boolean }>({
    value: null,
    ready: false,
  });
  useEffect(() => {
    void getActiveTab().then((tab) => setState({ value: tab, ready: true }));
  }, []);
  return state;
}
