import browser from 'webextension-polyfill';
import { askBackground } from '../shared/messages/send';

/**
 * "Open side panel" asks the background straight from the click handler,
 * with no await before it: chrome.sidePanel.open only works while the click
 * still counts as a user gesture.
 */
export function PopupActions({ tabId }: { tabId: number | undefined }) {
  const openSidePanel = () => {
    void askBackground({ type: 'ui/open-side-panel', tabId, groupId: null }).then((answer) => {
      if (answer.ok) {
        window.close();
      }
    });
  };
  return (
    <div class="popup-actions">
      <button type="button" class="primary" onClick={openSidePanel}>
        Open side panel
      </button>
      <button type="button" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
        All settings
      </button>
    </div>
  );
}
