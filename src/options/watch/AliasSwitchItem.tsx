import { askBackground } from '../../shared/messages/send';
import type { AliasSwitchView } from '../../shared/views/state-views';
import { Switch } from '../../ui/components/Switch';

const AMBIGUITY_LABEL: Record<NonNullable<AliasSwitchView['ambiguity']>, string> = {
  'chemical-element': 'needs context: chemical element',
  surname: 'needs context: surname',
  'fictional-character': 'needs context: fictional character',
  'common-word': 'needs context: common word',
};

/** One name's switch with badges for why it may behave differently. */
export function AliasSwitchItem({ alias }: { alias: AliasSwitchView }) {
  return (
    <li>
      <Switch
        checked={alias.enabled}
        onChange={(enabled) =>
          void askBackground({ type: 'ui/set-switch', target: `alias:${alias.id}`, enabled })
        }
      >
        <span lang={alias.lang}>{alias.name}</span>{' '}
        {alias.ambiguity && <span class="badge warn">{AMBIGUITY_LABEL[alias.ambiguity]}</span>}{' '}
        {alias.caseSensitive && <span class="badge">case-sensitive</span>}{' '}
        {alias.disputed && <span class="badge warn">disputed</span>}{' '}
        {alias.lang !== 'en' && <span class="badge">{alias.lang}</span>}
      </Switch>
    </li>
  );
}
