import { askBackground } from '../../shared/messages/send';
import { Switch } from '../../ui/components/Switch';
import { AliasSwitchItem } from './AliasSwitchItem';
import type { FilteredGroup } from './filter-groups';

/** A group's switch and, in a disclosure, a switch for each of its names. */
export function GroupSwitchCard({ entry }: { entry: FilteredGroup }) {
  const { group, aliases, matchedAlias } = entry;
  const on = group.aliases.filter((alias) => alias.enabled).length;
  return (
    <li class="card group-switch-card">
      <Switch
        checked={group.enabled}
        onChange={(enabled) =>
          void askBackground({ type: 'ui/set-switch', target: `group:${group.id}`, enabled })
        }
      >
        <strong>{group.name}</strong> {group.kind !== 'group' && <span class="badge">{group.kind}</span>}
      </Switch>
      <details open={matchedAlias}>
        <summary>
          Names: {on} of {group.aliases.length} watched
          {!group.enabled && ' (the group is off, so none is highlighted)'}
        </summary>
        <ul class="plain-list alias-switches">
          {aliases.map((alias) => (
            <AliasSwitchItem key={alias.id} alias={alias} />
          ))}
        </ul>
      </details>
    </li>
  );
}
