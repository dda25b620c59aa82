import { useRef } from 'preact/hooks';
import { askBackground } from '../shared/messages/send';
import type { GroupSwitchView } from '../shared/views/state-views';
import { Switch } from '../ui/components/Switch';

function GroupSwitch({ group, count }: { group: GroupSwitchView; count?: number }) {
  return (
    <li>
      <Switch
        checked={group.enabled}
        onChange={(enabled) =>
          void askBackground({ type: 'ui/set-switch', target: `group:${group.id}`, enabled })
        }
      >
        {group.name}
        {count !== undefined && <span class="badge">{count}</span>}
      </Switch>
    </li>
  );
}

/**
 * Per-group switches: groups mentioned on this page first, with their counts;
 * every other group behind a disclosure so the popup stays short.
 */
export function GroupQuickSwitches({
  groups,
  countsByGroup,
}: {
  groups: GroupSwitchView[];
  countsByGroup: ReadonlyMap<string, number>;
}) {
  // A group stays where it was first shown, ranked by its first count: switching
  // it off empties its count, and moving it then would take the switch (and the
  // keyboard focus on it) out from under the user.
  const firstCounts = useRef(new Map<string, number>());
  for (const [groupId, count] of countsByGroup) {
    if (!firstCounts.current.has(groupId)) {
      firstCounts.current.set(groupId, count);
    }
  }
  const shownFirst = firstCounts.current;
  const onPage = groups
    .filter((group) => shownFirst.has(group.id))
    .sort((a, b) => (shownFirst.get(b.id) ?? 0) - (shownFirst.get(a.id) ?? 0));
  const others = groups
    .filter((group) => !shownFirst.has(group.id))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <section aria-labelledby="popup-groups">
      <h2 id="popup-groups">Groups</h2>
      {onPage.length > 0 && (
        <ul class="plain-list switch-list">
          {onPage.map((group) => (
            <GroupSwitch key={group.id} group={group} count={countsByGroup.get(group.id)} />
          ))}
        </ul>
      )}
      <details>
        <summary>
          {onPage.length > 0 ? `Other groups (${others.length})` : `All groups (${others.length})`}
        </summary>
        <ul class="plain-list switch-list">
          {others.map((group) => (
            <GroupSwitch key={group.id} group={group} />
          ))}
        </ul>
      </details>
    </section>
  );
}
