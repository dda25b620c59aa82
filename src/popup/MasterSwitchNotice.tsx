import { askBackground } from '../shared/messages/send';

/** Shown when highlighting is switched off everywhere, so the site switch is not mistaken for the cause. */
export function MasterSwitchNotice() {
  return (
    <p class="card notice">
      Highlighting is off on every site.{' '}
      <button
        type="button"
        onClick={() => void askBackground({ type: 'ui/set-setting', key: 'enabled', value: true })}
      >
        Turn on
      </button>
    </p>
  );
}
